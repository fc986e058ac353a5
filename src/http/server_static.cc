// Static files of the web front end (web/dist), served by the server for non-API paths.
#include "http/server_static.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>

#include "app/error.h"
#include "http/error_map.h"

namespace zp::http {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const char* content_type_for(const fs::path& p) {
  std::string ext = lower(p.extension().string());
  if (ext == ".html" || ext == ".htm") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".ttf") return "font/ttf";
  if (ext == ".json" || ext == ".map") return "application/json; charset=utf-8";
  if (ext == ".webmanifest") return "application/manifest+json";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".gif") return "image/gif";
  if (ext == ".webp") return "image/webp";
  if (ext == ".pdf") return "application/pdf";
  if (ext == ".wasm") return "application/wasm";
  return "application/octet-stream";
}

// No inline script anywhere in the UI: the build emits module files under /assets/.
constexpr const char* kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'";

// A path the client-side router may own: not under /assets/ and without a file
// extension in its last segment (a missing /assets/x.js or /favicon.ico is a 404,
// never index.html served as script or image).
bool spa_route(std::string_view rel) {
  if (rel == "assets" || rel.rfind("assets/", 0) == 0) return false;
  auto slash = rel.rfind('/');
  std::string_view last = slash == std::string_view::npos ? rel : rel.substr(slash + 1);
  return last.find('.') == std::string_view::npos;
}

bool read_file(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = std::move(ss).str();
  return true;
}

}  // namespace

void add_html_security_headers(Response& r) {
  r.set_header("Content-Security-Policy", kCsp);
  r.set_header("X-Frame-Options", "DENY");
  r.set_header("Referrer-Policy", "same-origin");
}

bool is_api_path(std::string_view path) {
  return path == "/api" || path.substr(0, 5) == "/api/";
}

std::optional<Response> serve_static(const fs::path& root, const Request& req) {
  if (is_api_path(req.path)) return std::nullopt;
  std::string rel = req.path;
  if (rel.find('\0') != std::string::npos || rel.find('\\') != std::string::npos)
    return error_response(app::Category::not_found, "文件不存在");
  while (!rel.empty() && rel.front() == '/') rel.erase(0, 1);

  std::error_code fec;
  fs::path file;
  bool found = false;
  if (!rel.empty()) {
    fs::path candidate = fs::weakly_canonical(root / fs::path(rel), fec);
    if (!fec) {
      // Stay inside the root (no "..", no symlinks out).
      auto [r, c] = std::mismatch(root.begin(), root.end(), candidate.begin(), candidate.end());
      if (r != root.end()) return error_response(app::Category::not_found, "文件不存在");
      if (fs::is_directory(candidate, fec)) candidate /= "index.html";
      if (fs::is_regular_file(candidate, fec)) {
        file = candidate;
        found = true;
      }
    }
  }
  if (!found) {
    if (!spa_route(rel)) return error_response(app::Category::not_found, "文件不存在：" + req.path);
    // Single-page app: the client-side router handles unknown paths.
    file = root / "index.html";
    if (!fs::is_regular_file(file, fec)) return std::nullopt;
  }
  Response r;
  if (!read_file(file, r.body)) return std::nullopt;
  r.content_type = content_type_for(file);
  bool hashed_asset = rel.rfind("assets/", 0) == 0 && found;
  r.set_header("Cache-Control", hashed_asset ? "public, max-age=31536000, immutable" : "no-cache");
  if (r.content_type.rfind("text/html", 0) == 0) add_html_security_headers(r);
  return r;
}

}  // namespace zp::http
