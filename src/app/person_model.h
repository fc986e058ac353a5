// A person's record as the services see it (typed), with its JSON form for storage
// and responses. Field names and enumerations are API.md's.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace zp::app {

struct Degree {
  std::string degree;       // doctor | master | bachelor | college | secondary
  std::string institution;
  std::string kind;         // regular | military | party_school
  std::string specialty;
  core::Date graduated_on;
  std::optional<bool> verifiable_online;
};

struct Qualification {
  std::string series, specialty;
  std::string level;        // full_senior | deputy_senior | intermediate | assistant | junior
  core::Date obtained_on;
  std::string scope;        // province | grassroots | unit
  std::string how;          // review | exam | assessment
  std::string doc_no;
};

struct Appointment {
  std::string level;
  core::Date appointed_on;
};

struct Assessment {
  int year = 0;
  std::string result;       // excellent | competent | basic | incompetent
};

struct PersonFlags {
  bool conduct_issue = false;
  bool under_investigation = false;
  bool retired = false;
};

struct PersonInput {
  std::string name;
  std::string id_number;
  std::string gender;       // M | F
  core::Date birth_date;
  int retirement_base = 60; // 60 | 55 | 50
  std::string unit_id;
  bool post_managed = false;
  std::optional<std::string> phone;
  std::vector<Degree> degrees;
  std::vector<Qualification> qualifications;
  std::vector<Appointment> appointments;
  std::vector<Assessment> assessments;
  PersonFlags flags;
  std::optional<std::int64_t> version;  // optimistic lock on PATCH
};

// The JSON "profile" column: degrees, qualifications, appointments, assessments, flags.
boost::json::object profile_json(const PersonInput& p);
// Inverse of profile_json for stored (trusted) data.
void profile_from_json(const boost::json::object& o, PersonInput& p);

}  // namespace zp::app
