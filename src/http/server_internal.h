// Internal to the server_*.cc files (the only ones that include Asio/Beast): the
// server's state shared by the listener (server.cc) and the per-connection
// coroutine (server_session.cc). Handlers never include this.
#pragma once

#include <atomic>
#include <boost/asio.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <set>

#include "http/server.h"

namespace zp::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;
using boost::system::error_code;

inline constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);

struct SessionState {
  asio::any_io_executor ex;             // the session's strand
  beast::tcp_stream* stream = nullptr;  // valid while the session runs (its strand only)
  bool idle = false;                    // waiting for the first byte of a request
};

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
  std::optional<std::filesystem::path> static_root;  // canonical static_dir when it exists

  Impl(ServerOptions o, Handler h) : opt(std::move(o)), handler(std::move(h)) {}

  // server.cc
  void begin_shutdown();  // main strand
  void session_ended(const std::shared_ptr<SessionState>& st);
  asio::awaitable<void> accept_loop();
  // server_session.cc
  asio::awaitable<void> session(tcp::socket sock, std::shared_ptr<SessionState> st);
  Response respond(Request& req);
};

}  // namespace zp::http
