// Qualification documents and archives (§四(五)): issuer, effective date, entry
// content, archiving.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/level.h"
#include "core/violation.h"

namespace zp::core {

// Who hosts the committee whose results are issued.
enum class HostKind { prefecture_bureau, prefecture_department, county_bureau, employer };

// R-DOC-ISSUER: the issuing authority for results of `level` from a host.
//  副高 (prefecture-hosted senior committee): 州人社局 issues, filed with 省职改办.
//  中级 by a 州直 department or a county bureau: that department/bureau issues after the
//  prefecture title office checks it.
//  初级: the employer (or its competent department) publishes, filed with the office.
struct Issuer {
  std::string issuer;          // who issues
  std::string prior_check;     // who checks before issuing ("" when none)
  std::string filed_with;      // where it is filed ("" when none)
};
Issuer expected_issuer(Level level, HostKind host);
// Checks a recorded issuer and whether the prior check happened.
Outcome check_issuer(Level level, HostKind host, const std::string& issuer, bool prior_check_done);

// R-DOC-DATE: the qualification takes effect on the vote date.
inline Date qualification_effective_date(Date vote_date) { return vote_date; }
Outcome check_effective_date(Date effective, Date vote_date);

// R-DOC-CONTENT: one entry of a qualification document.
struct DocumentEntry {
  std::string name, unit, qualification_name, scope, promotion_type;
};
Outcome check_document_entries(const std::vector<DocumentEntry>& entries);

// R-ARCHIVE: after a round, the review form original is archived, a copy is in the
// personal file, and the application materials went back to the unit or person.
struct ArchiveFacts {
  std::string application_id;
  bool form_archived = false;
  bool copy_in_personal_file = false;
  bool materials_returned = false;
};
Outcome check_archive(const std::vector<ArchiveFacts>& items);

}  // namespace zp::core
