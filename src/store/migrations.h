// Versioned migrations compiled into the binary from src/store/migrations/*.sql
// (NNNN_name.sql; applied in version order, each in its own transaction).
#pragma once

#include <string_view>
#include <vector>

namespace zp::store {

struct Migration {
  int version;
  const char* name;
  std::string_view sql;
};

const std::vector<Migration>& migrations();

}  // namespace zp::store
