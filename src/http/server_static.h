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
// index.html, or root/index.html for unknown client routes (single-page app: paths not
// under /assets/ whose last segment has no extension); 404 for a missing asset or file
// and for paths that try to leave root; nullopt when there is nothing to serve (the
// handler answers). Hashed files under /assets/ are cached for a year (immutable),
// everything else is "no-cache"; HTML carries add_html_security_headers().
// (X-Content-Type-Options: nosniff is set on every response by the server.)
// Content-Security-Policy without inline script, X-Frame-Options: DENY,
// Referrer-Policy: same-origin.
void add_html_security_headers(Response& r);

std::optional<Response> serve_static(const std::filesystem::path& root, const Request& req);

}  // namespace zp::http
