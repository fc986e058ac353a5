// The only translation unit that includes Boost.Beast.
#include "http/server.h"

#include <algorithm>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "app/error.h"
#include "http/error_map.h"

namespace zp::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace fs = std::filesystem;
using tcp = asio::ip::tcp;
using boost::system::error_code;

namespace {

constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);
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

void log_request(std::string_view method, std::string_view target, int status,
                 Clock::time_point start) {
  // Never the query string: it can carry personal data.
  std::string_view path = target.substr(0, target.find('?'));
  if (method.empty()) method = "-";
  if (path.empty()) path = "-";
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

bool read_file(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = std::move(ss).str();
  return true;
}

bool is_api_path(std::string_view path) {
  return path == "/api" || path.substr(0, 5) == "/api/";
}

// Is the connection-level error just the peer going away or a timeout?
bool quiet_error(const error_code& ec) {
  return ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
         ec == asio::error::operation_aborted || ec == asio::error::eof ||
         ec == asio::error::connection_reset || ec == asio::error::broken_pipe ||
         ec == bhttp::error::partial_message;
}

struct SessionState {
  asio::any_io_executor ex;             // the session's strand
  beast::tcp_stream* stream = nullptr;  // valid while the session runs (its strand only)
  bool idle = false;                    // waiting for the first byte of a request
};

}  // namespace

struct Server::Impl {
  ServerOptions opt;
  Handler handler;
  asio::io_context ioc;
  asio::strand<asio::io_context::executor_type> main{asio::make_strand(ioc)};
  tcp::acceptor acceptor{main};
  asio::signal_set signals{main};
  asio::steady_timer drain_timer{main};
  std::atomic<bool> stopping{false};
  bool shutdown_started = false;  // main strand only
  std::mutex mu;
  std::set<std::shared_ptr<SessionState>> sessions;  // guarded by mu
  std::optional<fs::path> static_root;  // canonical static_dir when it exists

  Impl(ServerOptions o, Handler h) : opt(std::move(o)), handler(std::move(h)) {}

  void begin_shutdown();  // main strand
  void session_ended(const std::shared_ptr<SessionState>& st);
  asio::awaitable<void> accept_loop();
  asio::awaitable<void> session(tcp::socket sock, std::shared_ptr<SessionState> st);
  std::optional<Response> serve_static(const Request& req) const;
  Response respond(Request& req);
};

void Server::Impl::begin_shutdown() {
  if (shutdown_started) return;
  shutdown_started = true;
  stopping = true;
  error_code ec;
  signals.cancel(ec);
  acceptor.close(ec);
  std::set<std::shared_ptr<SessionState>> live;
  {
    std::lock_guard lk(mu);
    live = sessions;
  }
  if (live.empty()) return;
  for (const auto& st : live) {
    // Idle keep-alive connections close now; busy ones after their response.
    asio::post(st->ex, [st] {
      if (st->stream && st->idle) st->stream->cancel();
    });
  }
  drain_timer.expires_after(opt.drain_timeout);
  drain_timer.async_wait([this](error_code e) {
    if (!e) {
      std::fputs("zhiping: drain timeout, closing remaining connections\n", stderr);
      ioc.stop();
    }
  });
}

void Server::Impl::session_ended(const std::shared_ptr<SessionState>& st) {
  bool last;
  {
    std::lock_guard lk(mu);
    sessions.erase(st);
    last = sessions.empty();
  }
  if (last && stopping)
    asio::post(main, [this] { drain_timer.cancel(); });
}

asio::awaitable<void> Server::Impl::accept_loop() {
  for (;;) {
    auto [ec, sock] = co_await acceptor.async_accept(asio::make_strand(ioc), use_tuple);
    if (stopping || ec == asio::error::operation_aborted || !acceptor.is_open()) co_return;
    if (ec) {
      // E.g. too many open files: back off briefly instead of spinning.
      asio::steady_timer t(main, std::chrono::milliseconds(50));
      co_await t.async_wait(use_tuple);
      continue;
    }
    error_code ignored;
    sock.set_option(tcp::no_delay(true), ignored);
    auto ex = sock.get_executor();
    auto st = std::make_shared<SessionState>();
    st->ex = ex;
    {
      std::lock_guard lk(mu);
      sessions.insert(st);
    }
    asio::co_spawn(ex, session(std::move(sock), st), [this, st](std::exception_ptr e) {
      if (e) {
        try {
          std::rethrow_exception(e);
        } catch (const std::exception& x) {
          std::fprintf(stderr, "zhiping: connection error: %s\n", x.what());
        } catch (...) {
        }
      }
      session_ended(st);
    });
  }
}

std::optional<Response> Server::Impl::serve_static(const Request& req) const {
  if (!static_root || is_api_path(req.path)) return std::nullopt;
  const fs::path& root = *static_root;
  std::string rel = req.path;
  if (rel.find('\0') != std::string::npos || rel.find('\\') != std::string::npos)
    return error_response(app::Category::not_found, "文件不存在");
  while (!rel.empty() && rel.front() == '/') rel.erase(0, 1);

  error_code ignored;
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
    // Single-page app: the client-side router handles unknown paths.
    file = root / "index.html";
    if (!fs::is_regular_file(file, fec)) return std::nullopt;
  }
  Response r;
  if (!read_file(file, r.body)) return std::nullopt;
  r.content_type = content_type_for(file);
  bool hashed_asset = rel.rfind("assets/", 0) == 0 && found;
  r.set_header("Cache-Control", hashed_asset ? "public, max-age=31536000, immutable" : "no-cache");
  return r;
}

Response Server::Impl::respond(Request& req) {
  try {
    if (req.method == "GET" || req.method == "HEAD") {
      if (auto r = serve_static(req)) return std::move(*r);
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

namespace {

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

Server::Server(ServerOptions options, Handler handler)
    : impl_(new Impl(std::move(options), std::move(handler))) {}

Server::~Server() { delete impl_; }

void Server::stop() {
  Impl* I = impl_;
  I->stopping = true;
  asio::post(I->main, [I] { I->begin_shutdown(); });
}

int Server::run(const std::function<void(std::uint16_t port)>& on_listening) {
  Impl& I = *impl_;
  error_code ec;
  auto address = asio::ip::make_address(I.opt.address, ec);
  if (ec) {
    std::fprintf(stderr, "zhiping: bad listen address %s: %s\n", I.opt.address.c_str(),
                 ec.message().c_str());
    return 2;
  }
  tcp::endpoint ep(address, I.opt.port);
  I.acceptor.open(ep.protocol(), ec);
  if (!ec) I.acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) I.acceptor.bind(ep, ec);
  if (!ec) I.acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    std::fprintf(stderr, "zhiping: cannot listen on %s:%u: %s\n", I.opt.address.c_str(),
                 static_cast<unsigned>(I.opt.port), ec.message().c_str());
    return 1;
  }
  std::uint16_t port = I.acceptor.local_endpoint().port();

  if (!I.opt.static_dir.empty()) {
    std::error_code fec;
    auto root = fs::canonical(I.opt.static_dir, fec);
    if (!fec && fs::is_directory(root, fec)) I.static_root = root;
  }

  I.signals.add(SIGINT, ec);
  I.signals.add(SIGTERM, ec);
  I.signals.async_wait([&I](error_code e, int) {
    if (!e) I.begin_shutdown();
  });
  asio::co_spawn(I.main, I.accept_loop(), asio::detached);
  if (I.stopping) asio::post(I.main, [&I] { I.begin_shutdown(); });

  if (on_listening) on_listening(port);

  int n = std::max(1, I.opt.threads);
  std::vector<std::thread> pool;
  pool.reserve(n - 1);
  for (int i = 1; i < n; ++i) pool.emplace_back([&I] { I.ioc.run(); });
  I.ioc.run();
  for (auto& t : pool) t.join();
  return 0;
}

}  // namespace zp::http
