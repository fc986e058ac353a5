// The rule ids and sections of RULES.md that src/core enforces, in one place, so a
// refusal always carries exactly the id and section the catalogue gives.
//
// Section strings are copied from RULES.md. Two rules carry no section there:
// R-CAL-DATA sits under "8. Calendar and schedule (§六(五)(六))" and R-APP-LEVEL-ORDER
// under "7. Application flow 申报 (§六)"; they use their heading's section.
#pragma once

#include <string>
#include <utility>

#include "core/violation.h"

namespace zp::core {

struct Rule {
  const char* id;
  const char* section;
};

namespace rule {
// 1. Committees
inline constexpr Rule kComLevels{"R-COM-LEVELS", "§一(一)"};
inline constexpr Rule kComAuthority{"R-COM-AUTHORITY", "§一(一)(二)"};
inline constexpr Rule kComPublicList{"R-COM-PUBLIC-LIST", "§一(一), §八(三)"};
inline constexpr Rule kComSetup{"R-COM-SETUP", "§一(二)"};
inline constexpr Rule kComSize{"R-COM-SIZE", "§一(三)"};
inline constexpr Rule kComMemberTitle{"R-COM-MEMBER-TITLE", "§一(三)"};
inline constexpr Rule kComYoung{"R-COM-YOUNG", "§一(三)"};
inline constexpr Rule kComMemberTenure{"R-COM-MEMBER-TENURE", "§一(三)"};
inline constexpr Rule kComRotation{"R-COM-ROTATION", "§一(四)"};
inline constexpr Rule kComConfidential{"R-COM-CONFIDENTIAL", "§一(四), §四(四)"};
// 2. Expert pool
inline constexpr Rule kPoolExclude{"R-POOL-EXCLUDE", "§二(一)"};
inline constexpr Rule kPoolEligible{"R-POOL-ELIGIBLE", "§二(二)"};
inline constexpr Rule kPoolIntake{"R-POOL-INTAKE", "§二(二)"};
inline constexpr Rule kPoolDiversity{"R-POOL-DIVERSITY", "§二(一)"};
inline constexpr Rule kPoolSize{"R-POOL-SIZE", "§二(三)"};
inline constexpr Rule kPoolDynamic{"R-POOL-DYNAMIC", "§二(三)"};
inline constexpr Rule kDrawRandom{"R-DRAW-RANDOM", "§二(三), §四(四)"};
inline constexpr Rule kRecusal{"R-RECUSAL", "§八(五)"};
// 3. Methods and defense
inline constexpr Rule kEvalMethods{"R-EVAL-METHODS", "§三(一)(二)"};
inline constexpr Rule kDefVideo{"R-DEF-VIDEO", "§三(三)"};
inline constexpr Rule kDefGroup{"R-DEF-GROUP", "§四(二)"};
inline constexpr Rule kDefScore{"R-DEF-SCORE", "§四(二)"};
inline constexpr Rule kDefGate{"R-DEF-GATE", "§四(二)"};
// 4. Meeting
inline constexpr Rule kMeetPlan{"R-MEET-PLAN", "§四(一)"};
inline constexpr Rule kMeetTraining{"R-MEET-TRAINING", "§四(三)"};
inline constexpr Rule kMeetQuorum{"R-MEET-QUORUM", "§四(四), §一(三)"};
inline constexpr Rule kMeetBasis{"R-MEET-BASIS", "§四(四)"};
inline constexpr Rule kVoteAttend{"R-VOTE-ATTEND", "§四(四)"};
inline constexpr Rule kVotePass{"R-VOTE-PASS", "§四(四)"};
inline constexpr Rule kMeetSecrecy{"R-MEET-SECRECY", "§四(四)"};
inline constexpr Rule kMeetRecord{"R-MEET-RECORD", "§八(四)"};
// 5. Documents
inline constexpr Rule kDocIssuer{"R-DOC-ISSUER", "§四(五)"};
inline constexpr Rule kDocDate{"R-DOC-DATE", "§四(五)"};
inline constexpr Rule kDocContent{"R-DOC-CONTENT", "§四(五)"};
inline constexpr Rule kArchive{"R-ARCHIVE", "§四(五)"};
// 6. Publicity
inline constexpr Rule kPubTwoStage{"R-PUB-TWO-STAGE", "§五(一)"};
inline constexpr Rule kPubDuration{"R-PUB-DURATION", "§五(二)"};
inline constexpr Rule kPubUnitContent{"R-PUB-UNIT-CONTENT", "§五(二)"};
inline constexpr Rule kObjForm{"R-OBJ-FORM", "§五(三)"};
inline constexpr Rule kObjHandle{"R-OBJ-HANDLE", "§五(三)"};
// 7. Application
inline constexpr Rule kAppPledge{"R-APP-PLEDGE", "§五(二), §八(一)"};
inline constexpr Rule kAppBlacklist{"R-APP-BLACKLIST", "§六(四), §八(二)"};
inline constexpr Rule kAppRoute{"R-APP-ROUTE", "§六(二)"};
inline constexpr Rule kAppLate{"R-APP-LATE", "§六(二)"};
inline constexpr Rule kAppWindow{"R-APP-WINDOW", "§六(三)"};
inline constexpr Rule kAppOriginals{"R-APP-ORIGINALS", "§六(四)"};
inline constexpr Rule kAppCutoffAchieve{"R-APP-CUTOFF-ACHIEVE", "§六(六)"};
inline constexpr Rule kAppCutoffYears{"R-APP-CUTOFF-YEARS", "§六(六)"};
inline constexpr Rule kAppRetire{"R-APP-RETIRE", "§六(六)"};
inline constexpr Rule kAppLevelOrder{"R-APP-LEVEL-ORDER", "§六"};
inline constexpr Rule kAppScheme{"R-APP-SCHEME", "§六(三)"};
// 8. Calendar
inline constexpr Rule kCalData{"R-CAL-DATA", "§六(五)(六)"};
inline constexpr Rule kCalYear{"R-CAL-YEAR", "§六(五)(六)"};
inline constexpr Rule kCalPlan{"R-CAL-PLAN", "§六(五)"};
inline constexpr Rule kCalMonths{"R-CAL-MONTHS", "§六(五)"};
// 9. Certificates
inline constexpr Rule kCertOnestop{"R-CERT-ONESTOP", "§七(一)"};
inline constexpr Rule kCertOther{"R-CERT-OTHER", "§七(二)"};
inline constexpr Rule kCertLost{"R-CERT-LOST", "§七(三)"};
inline constexpr Rule kCertNoIndividual{"R-CERT-NO-INDIVIDUAL", "§七(四)"};
// 10. Integrity, supervision
inline constexpr Rule kRecordAll{"R-RECORD-ALL", "§八(四)"};
inline constexpr Rule kSupervise{"R-SUPERVISE", "§八(五)"};
inline constexpr Rule kComplaint{"R-COMPLAINT", "§八(五)"};
}  // namespace rule

inline void fail(Outcome& o, const Rule& r, std::string message) {
  o.fail(r.id, r.section, std::move(message));
}
inline void warn(Outcome& o, const Rule& r, std::string message) {
  o.warn(r.id, r.section, std::move(message));
}

}  // namespace zp::core
