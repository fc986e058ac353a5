// Internal to the server_*.cc files: static files of the web front end. No Boost here.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "http/message.h"

namespace zp::http {

// "/api" and everything under "/api/": never served from the static directory.
bool is_api_path(std::string_view path);

// GET/HEAD of a non-API path from root (a canonical directory): the file, a directory's
// index.html, or root/index.html for unknown paths (single-page app); 404 for paths that
// try to leave root; nullopt when there is nothing to serve (the handler answers).
std::optional<Response> serve_static(const std::filesystem::path& root, const Request& req);

}  // namespace zp::http
