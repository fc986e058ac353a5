#include "core/id_number.h"

namespace zp::core {

char id_number_check_char(std::string_view first17) {
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kCodes[] = "10X98765432";
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (first17[static_cast<std::size_t>(i)] - '0') * kWeights[i];
  return kCodes[sum % 11];
}

bool id_number_valid(std::string_view id) {
  if (id.size() != 18) return false;
  for (std::size_t i = 0; i < 17; ++i)
    if (id[i] < '0' || id[i] > '9') return false;
  char last = id[17] == 'x' ? 'X' : id[17];
  if (last != id_number_check_char(id.substr(0, 17))) return false;
  return id_number_birth_date(id).has_value();
}

std::optional<Date> id_number_birth_date(std::string_view id) {
  if (id.size() != 18) return std::nullopt;
  std::string s = std::string(id.substr(6, 4)) + "-" + std::string(id.substr(10, 2)) + "-" +
                  std::string(id.substr(12, 2));
  return Date::parse(s);
}

char id_number_gender(std::string_view id) {
  if (id.size() < 17) return '?';
  return ((id[16] - '0') % 2 == 1) ? 'M' : 'F';
}

std::string mask_id_number(std::string_view id) {
  if (id.size() <= 8) return std::string(id.size(), '*');
  return std::string(id.substr(0, 4)) + std::string(id.size() - 8, '*') + std::string(id.substr(id.size() - 4));
}

std::string mask_phone(std::string_view phone) {
  if (phone.size() <= 7) return std::string(phone.size(), '*');
  return std::string(phone.substr(0, 3)) + std::string(phone.size() - 7, '*') +
         std::string(phone.substr(phone.size() - 4));
}

}  // namespace zp::core
