// The per-connection coroutine: keep-alive loop, header/body limits, read and idle
// timeouts, refusals with the API's JSON error shape, one log line per request.
#include <algorithm>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <limits>
#include <vector>

#include "app/error.h"
#include "http/error_map.h"
#include "http/server_internal.h"
#include "http/server_static.h"

namespace zp::http {

namespace bhttp = boost::beast::http;

namespace {

using Clock = std::chrono::steady_clock;

// "2026-11-25T21:00:00+08:00": China Standard Time, whatever the host's zone.
std::string timestamp_cst() {
  std::time_t t = std::time(nullptr) + 8 * 3600;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S+08:00", &tm);
  return buf;
}

// A request's bytes as one safe log field (issue 15, finding 9): printable ASCII other
// than backslash as is, everything else (control characters, escape sequences, spaces,
// bytes above 0x7e) as \xHH, at most 512 input bytes ("..." marks a cut).
std::string log_field(std::string_view in) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  const std::size_t n = std::min<std::size_t>(in.size(), 512);
  out.reserve(n + 8);
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c > 0x20 && c < 0x7f && c != '\\') {
      out.push_back(static_cast<char>(c));
    } else {
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  if (in.size() > n) out += "...";
  return out.empty() ? "-" : out;
}

void log_request(std::string_view raw_method, std::string_view target, int status,
                 Clock::time_point start) {
  // Never the query string: it can carry personal data.
  const std::string path = log_field(target.substr(0, target.find('?')));
  const std::string method = log_field(raw_method);
  double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  char dur[32];
  std::snprintf(dur, sizeof dur, "%.1fms", ms);
  std::string line = timestamp_cst();
  line += ' ';
  line += method;
  line += ' ';
  line += path;
  line += ' ';
  line += std::to_string(status);
  line += ' ';
  line += dur;
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stderr);  // one write: lines do not interleave
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Is the connection-level error just the peer going away or a timeout?
bool quiet_error(const error_code& ec) {
  return ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
         ec == asio::error::operation_aborted || ec == asio::error::eof ||
         ec == asio::error::connection_reset || ec == asio::error::broken_pipe ||
         ec == bhttp::error::partial_message;
}

bhttp::response<bhttp::string_body> to_beast(Response&& r, unsigned version, bool keep_alive,
                                             bool head, bool api) {
  bhttp::response<bhttp::string_body> res;
  res.version(version);
  if (r.status < 100 || r.status > 599) r.status = 500;  // a handler bug; never invalid HTTP
  res.result(static_cast<unsigned>(r.status));
  res.set(bhttp::field::server, "zhiping");
  res.set(bhttp::field::content_type, r.content_type);
  res.set("X-Content-Type-Options", "nosniff");
  bool cache_set = false;
  for (auto& [k, v] : r.headers) {
    if (beast::iequals(k, "Cache-Control")) cache_set = true;
    // Set-Cookie may repeat; everything else too when the handler says so.
    res.insert(k, v);
  }
  if (api && !cache_set) res.set(bhttp::field::cache_control, "no-store");
  int s = r.status;
  bool no_body = (s >= 100 && s < 200) || s == 204 || s == 304;
  if (no_body) r.body.clear();
  res.keep_alive(keep_alive);
  if (head) {
    res.content_length(r.body.size());
  } else {
    res.body() = std::move(r.body);
    if (!no_body) res.prepare_payload();
  }
  return res;
}

// After refusing a request whose body may still be arriving: stop sending, drain what
// the client sends for a moment, so that it reads our answer instead of a reset.
asio::awaitable<void> lingering_close(beast::tcp_stream& stream) {
  error_code ec;
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  stream.expires_after(std::chrono::seconds(2));
  static constexpr std::size_t cap = 64u << 20;
  std::size_t total = 0;
  std::vector<char> buf(64 * 1024);
  while (total < cap) {
    auto [e, n] = co_await stream.async_read_some(asio::buffer(buf), use_tuple);
    if (e) break;
    total += n;
  }
  stream.socket().close(ec);
}

}  // namespace

Response Server::Impl::respond(Request& req) {
  try {
    if (static_root && (req.method == "GET" || req.method == "HEAD")) {
      if (auto r = serve_static(*static_root, req)) return std::move(*r);
    }
    return handler(req);
  } catch (const app::Failure& f) {
    return error_response(f);
  } catch (const std::exception& e) {
    return incident_response(req.method + " " + req.path, e.what());
  } catch (...) {
    return incident_response(req.method + " " + req.path, "unknown exception");
  }
}

asio::awaitable<void> Server::Impl::session(tcp::socket sock, std::shared_ptr<SessionState> st) {
  beast::tcp_stream stream(std::move(sock));
  st->stream = &stream;
  struct Reset {
    SessionState* s;
    ~Reset() { s->stream = nullptr; }
  } reset{st.get()};

  error_code ec;
  std::string client_ip;
  auto remote = stream.socket().remote_endpoint(ec);
  if (!ec) client_ip = remote.address().to_string();

  beast::flat_buffer buffer;
  for (;;) {
    // Idle: wait for the first byte of the next request (unless pipelined).
    if (buffer.size() == 0) {
      if (stopping) break;
      st->idle = true;
      stream.expires_after(opt.idle_timeout);
      auto [e, n] = co_await stream.async_read_some(buffer.prepare(8192), use_tuple);
      st->idle = false;
      if (e) break;
      buffer.commit(n);
    }

    auto start = Clock::now();
    stream.expires_after(opt.read_timeout);
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(
        std::min<std::size_t>(opt.header_limit, std::numeric_limits<std::uint32_t>::max())));
    parser.body_limit(opt.body_limit);

    // Refuse with a JSON error, log, and close.
    auto refuse = [&](int status, app::Category c, const std::string& message)
        -> asio::awaitable<void> {
      Response r = error_response(c, message);
      r.status = status;
      // Whatever of the request line was parsed (empty for a bad request line).
      std::string method(parser.get().method_string());
      std::string target(parser.get().target());
      auto res = to_beast(std::move(r), 11, false, false, true);
      stream.expires_after(opt.read_timeout);
      co_await bhttp::async_write(stream, res, use_tuple);
      log_request(method, target, status, start);
      co_await lingering_close(stream);
    };
    auto read_failed = [&](const error_code& e) -> std::optional<std::pair<int, app::Category>> {
      if (e == bhttp::error::body_limit) return std::pair{413, app::Category::payload_too_large};
      if (e == bhttp::error::header_limit) return std::pair{431, app::Category::bad_request};
      if (quiet_error(e)) return std::nullopt;
      if (e.category() == bhttp::make_error_code(bhttp::error::bad_target).category())
        return std::pair{400, app::Category::bad_request};
      return std::nullopt;
    };
    auto message_for = [&](int status) -> std::string {
      if (status == 413)
        return "请求体过大：上限 " + std::to_string(opt.body_limit) + " 字节";
      if (status == 431) return "请求头过大";
      return "请求格式错误";
    };

    {
      auto [e, n] = co_await bhttp::async_read_header(stream, buffer, parser, use_tuple);
      if (e) {
        if (auto f = read_failed(e)) co_await refuse(f->first, f->second, message_for(f->first));
        break;
      }
    }
    if (beast::iequals(parser.get()[bhttp::field::expect], "100-continue")) {
      bhttp::response<bhttp::empty_body> cont{bhttp::status::continue_, 11};
      auto [e, n] = co_await bhttp::async_write(stream, cont, use_tuple);
      if (e) break;
    }
    {
      auto [e, n] = co_await bhttp::async_read(stream, buffer, parser, use_tuple);
      if (e) {
        if (auto f = read_failed(e)) co_await refuse(f->first, f->second, message_for(f->first));
        break;
      }
    }

    auto& msg = parser.get();
    Request req;
    req.method = std::string(msg.method_string());
    req.target = std::string(msg.target());
    req.client_ip = client_ip;
    bool parsed = false;
    {
      auto u = boost::urls::parse_uri_reference(req.target);
      if (u) {
        try {
          req.path = u->path();
          for (auto p : u->params()) req.query[p.key] = p.value;
          parsed = true;
        } catch (const std::exception&) {
        }
      }
    }
    if (!parsed || req.path.empty() || req.path.front() != '/') {
      co_await refuse(400, app::Category::bad_request, "请求路径不合法");
      break;
    }
    for (const auto& f : msg) {
      std::string name = lower(f.name_string());
      auto [it, inserted] = req.headers.emplace(name, std::string(f.value()));
      if (!inserted) {
        it->second += name == "cookie" ? "; " : ", ";
        it->second += f.value();
      }
    }
    req.body = std::move(msg.body());

    bool keep_alive = msg.keep_alive();
    unsigned version = msg.version();
    bool head = req.method == "HEAD";
    Response r = respond(req);
    bool keep = keep_alive && !stopping;
    auto res = to_beast(std::move(r), version, keep, head, is_api_path(req.path));
    int status = static_cast<int>(res.result_int());
    stream.expires_after(opt.read_timeout);
    auto [we, wn] = co_await bhttp::async_write(stream, res, use_tuple);
    log_request(req.method, req.target, status, start);
    if (we) break;
    if (!keep) break;
  }
  error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  stream.socket().close(ignored);
}

}  // namespace zp::http
