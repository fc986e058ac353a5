// The listener and the server's lifecycle: bind, accept, signals, graceful drain.
// The per-connection coroutine is in server_session.cc, static files in server_static.cc.
#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

#include "http/server_internal.h"

namespace zp::http {

namespace fs = std::filesystem;

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
