// Resident identity numbers (GB 11643-1999): 18 characters, the last a check digit
// (ISO 7064 MOD 11-2, 'X' for 10), characters 7–14 the birth date, 17 odd for men.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace zp::core {

// True when the 17 digits and the check character agree (accepts lower-case x).
bool id_number_valid(std::string_view id);
// The check character for the first 17 digits ('0'..'9' or 'X').
char id_number_check_char(std::string_view first17);
std::optional<Date> id_number_birth_date(std::string_view id);
// 'M' or 'F' from the 17th character.
char id_number_gender(std::string_view id);
// Display mask for lower roles: first 4 and last 4 kept, e.g. 6201**********123X.
std::string mask_id_number(std::string_view id);
// Phone mask: first 3 and last 4 kept, e.g. 138****5678.
std::string mask_phone(std::string_view phone);

}  // namespace zp::core
