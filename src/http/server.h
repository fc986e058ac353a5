// The HTTP server: Boost.Beast over Asio with C++20 coroutines on a small thread
// pool. Beast stays in the server_* files: server.cc (listener, lifecycle, signals)
// and server_session.cc (per-connection coroutine, limits, timeouts) share
// server_internal.h; server_static.cc (static files) uses no Boost at all.
//
// Contract:
// - run() binds 127.0.0.1:port (port 0 = ephemeral), calls on_listening(actual_port)
//   once accepting, and blocks until SIGTERM or SIGINT (or stop()). Then it stops
//   accepting, lets in-flight requests finish (up to drain_timeout), and returns.
// - Every request is answered by `handler` unless the server itself must refuse it:
//   a body over body_limit -> 413, headers over header_limit -> 431, both with the
//   JSON error shape of API.md. A handler exception never escapes (500 + incident id;
//   the handler is expected to have mapped everything already).
// - GET/HEAD requests whose path does not start with /api/ are served from
//   static_dir when it exists (index.html for unknown client routes: single-page app;
//   cache and security headers in server_static.h); without static_dir the handler
//   answers them.
// - Every response carries X-Content-Type-Options: nosniff; API responses without
//   their own Cache-Control get no-store.
// - One log line per request on stderr: method, path (never the query string, which
//   can carry personal data), status, duration in ms.
// - Keep-alive; idle connections close after idle_timeout; a request must arrive
//   completely within read_timeout.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "http/message.h"

namespace zp::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8080;
  int threads = 4;
  std::size_t body_limit = 1 << 20;     // 1 MiB
  std::size_t header_limit = 16 * 1024; // 16 KiB
  std::chrono::seconds read_timeout{30};
  std::chrono::seconds idle_timeout{60};
  std::chrono::seconds drain_timeout{10};
  std::string static_dir;  // web/dist; empty or missing = no static files
};

class Server {
 public:
  Server(ServerOptions options, Handler handler);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Blocks until shutdown. Returns 0 on clean shutdown, non-zero if binding failed.
  int run(const std::function<void(std::uint16_t port)>& on_listening);
  // Thread-safe: begin graceful shutdown.
  void stop();

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace zp::http
