#include "http/server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <boost/json.hpp>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "app/error.h"

namespace zp::http {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

struct Reply {
  int status = 0;
  std::string head;  // status line + headers
  std::string body;
  bool ok = false;
  std::string header(const std::string& name) const {
    std::string lh = head, ln = "\r\n" + name + ":";
    for (auto& c : lh) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (auto& c : ln) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto p = lh.find(ln);
    if (p == std::string::npos) return "";
    p += ln.size();
    auto e = head.find("\r\n", p);
    std::string v = head.substr(p, e - p);
    while (!v.empty() && v.front() == ' ') v.erase(0, 1);
    return v;
  }
};

class Client {
 public:
  explicit Client(std::uint16_t port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0)
      throw std::runtime_error("connect failed");
  }
  ~Client() { ::close(fd_); }
  bool send(const std::string& s) {
    std::size_t off = 0;
    while (off < s.size()) {
      ssize_t n = ::send(fd_, s.data() + off, s.size() - off, MSG_NOSIGNAL);
      if (n <= 0) return false;
      off += static_cast<std::size_t>(n);
    }
    return true;
  }
  // Reads one response (Content-Length framed, or until EOF). Times out after 15 s of
  // silence (only reached when the test fails).
  Reply read(bool head_request = false) {
    Reply r;
    std::size_t hdr_end;
    while ((hdr_end = buf_.find("\r\n\r\n")) == std::string::npos)
      if (!fill()) return r;
    r.head = buf_.substr(0, hdr_end);
    buf_.erase(0, hdr_end + 4);
    r.status = std::atoi(r.head.c_str() + 9);
    std::string cl = r.header("Content-Length");
    if (head_request) {
      r.ok = true;
      return r;
    }
    if (!cl.empty()) {
      std::size_t n = std::stoul(cl);
      while (buf_.size() < n)
        if (!fill()) return r;
      r.body = buf_.substr(0, n);
      buf_.erase(0, n);
    } else {
      while (fill()) {
      }
      r.body = std::move(buf_);
      buf_.clear();
    }
    r.ok = true;
    return r;
  }
  // True when the server closed the connection (EOF within the timeout; generous, as it
  // only runs out when the test fails).
  bool closed_by_peer(int timeout_ms = 15000) {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, timeout_ms) <= 0) return false;
    char c;
    return ::recv(fd_, &c, 1, 0) <= 0;
  }

 private:
  bool fill() {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, 15000) <= 0) return false;
    char tmp[65536];
    ssize_t n = ::recv(fd_, tmp, sizeof tmp, 0);
    if (n <= 0) return false;
    buf_.append(tmp, static_cast<std::size_t>(n));
    return true;
  }
  int fd_ = -1;
  std::string buf_;
};

std::string get(const std::string& path, const std::string& extra = "") {
  return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n";
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("zp-static-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_ / "assets");
    std::ofstream(dir_ / "index.html") << "<!doctype html><title>职评</title>";
    std::ofstream(dir_ / "assets" / "app.js") << "console.log(1)";
    std::ofstream(dir_ / "logo.svg") << "<svg/>";
  }
  void TearDown() override {
    release_slow();
    if (thread_.joinable()) {
      server_->stop();
      thread_.join();
    }
    fs::remove_all(dir_);
  }

  void start(ServerOptions o = {}) {
    o.port = 0;
    o.threads = 2;
    if (o.static_dir.empty()) o.static_dir = dir_.string();
    server_ = std::make_unique<Server>(o, [this](Request& req) -> Response {
      if (req.path == "/api/boom") throw std::runtime_error("kaboom secret");
      if (req.path == "/api/fail") app::not_found("人员");
      if (req.path == "/api/slow") hold_slow();
      ++calls_;
      json::object o{{"method", req.method},
                     {"path", req.path},
                     {"target", req.target},
                     {"body_size", req.body.size()},
                     {"ip", req.client_ip},
                     {"cookie", req.cookie("zp_session")},
                     {"ua", req.header("user-agent")}};
      json::object q;
      for (auto& [k, v] : req.query) q[k] = v;
      o["query"] = std::move(q);
      Response r;
      r.body = json::serialize(o);
      r.set_header("Set-Cookie", "a=1");
      r.set_header("Set-Cookie", "b=2");
      return r;
    });
    std::promise<std::uint16_t> ready;
    auto fut = ready.get_future();
    exit_ = exited_.get_future();
    thread_ = std::thread([this, &ready] {
      exited_.set_value(server_->run([&](std::uint16_t p) { ready.set_value(p); }));
    });
    ASSERT_EQ(fut.wait_for(std::chrono::seconds(10)), std::future_status::ready);
    port_ = fut.get();
    ASSERT_NE(port_, 0);
  }

  // stop() and wait; returns the run() result, or -1 when it did not return in time.
  int stop_and_wait(std::chrono::milliseconds limit = std::chrono::seconds(30)) {
    server_->stop();
    return wait_exit(limit);
  }
  int wait_exit(std::chrono::milliseconds limit) {
    if (exit_.wait_for(limit) != std::future_status::ready) return -1;
    thread_.join();
    return exit_.get();
  }

  // /api/slow: tells the test it is inside the handler, then waits until the test
  // releases it (at most 10 s, so a failing test cannot hang).
  void hold_slow() {
    std::unique_lock lock(slow_mu_);
    slow_entered_ = true;
    slow_cv_.notify_all();
    slow_cv_.wait_for(lock, std::chrono::seconds(10), [this] { return slow_released_; });
  }
  bool wait_slow_entered(std::chrono::milliseconds limit) {
    std::unique_lock lock(slow_mu_);
    return slow_cv_.wait_for(lock, limit, [this] { return slow_entered_; });
  }
  void release_slow() {
    std::lock_guard lock(slow_mu_);
    slow_released_ = true;
    slow_cv_.notify_all();
  }

  fs::path dir_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::promise<int> exited_;  // run()'s result
  std::future<int> exit_;
  std::atomic<int> calls_{0};
  std::uint16_t port_ = 0;
  std::mutex slow_mu_;
  std::condition_variable slow_cv_;
  bool slow_entered_ = false, slow_released_ = false;
};

// A connection handles its requests one after another and writes a request's log line
// before it reads the next request. So once a further request on the same connection
// has been answered, every earlier request's log line is on stderr: no sleep needed.
void round_trip(Client& c) {
  c.send(get("/api/sync"));
  ASSERT_EQ(c.read().status, 200);
}

json::object body_json(const Reply& r) { return json::parse(r.body).as_object(); }

TEST_F(ServerTest, GetWorks) {
  start();
  Client c(port_);
  c.send(get("/api/v1/persons/%E5%BC%A0?name=%E6%9D%8E+%E5%9B%9B&x=1",
             "Cookie: a=b; zp_session=tok\r\nUser-Agent: t/1\r\n"));
  auto r = c.read();
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(r.header("Cache-Control"), "no-store");
  EXPECT_NE(r.head.find("Set-Cookie: a=1"), std::string::npos);
  EXPECT_NE(r.head.find("Set-Cookie: b=2"), std::string::npos);
  auto o = body_json(r);
  EXPECT_EQ(o.at("method"), "GET");
  EXPECT_EQ(o.at("path"), "/api/v1/persons/张");
  EXPECT_EQ(o.at("query").at("name"), "李 四");
  EXPECT_EQ(o.at("query").at("x"), "1");
  EXPECT_EQ(o.at("ip"), "127.0.0.1");
  EXPECT_EQ(o.at("cookie"), "tok");
  EXPECT_EQ(o.at("ua"), "t/1");
}

TEST_F(ServerTest, PostBodyArrives) {
  start();
  Client c(port_);
  std::string body = R"({"name":"王五"})";
  c.send("POST /api/x HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n\r\n" + body);
  auto r = c.read();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(body_json(r).at("body_size"), body.size());
}

TEST_F(ServerTest, KeepAliveTwoRequestsOneConnection) {
  start();
  Client c(port_);
  c.send(get("/api/one"));
  auto r1 = c.read();
  c.send(get("/api/two"));
  auto r2 = c.read();
  EXPECT_EQ(r1.status, 200);
  EXPECT_EQ(r2.status, 200);
  EXPECT_EQ(body_json(r2).at("path"), "/api/two");
  // Pipelined.
  c.send(get("/api/three") + get("/api/four"));
  EXPECT_EQ(body_json(c.read()).at("path"), "/api/three");
  EXPECT_EQ(body_json(c.read()).at("path"), "/api/four");
  // Connection: close is honoured.
  c.send(get("/api/five", "Connection: close\r\n"));
  EXPECT_EQ(c.read().status, 200);
  EXPECT_TRUE(c.closed_by_peer());
}

TEST_F(ServerTest, OversizeBodyIs413BeforeBodyIsRead) {
  start();
  Client c(port_);
  std::size_t n = 2u << 20;
  c.send("POST /api/x HTTP/1.1\r\nHost: h\r\nContent-Length: " + std::to_string(n) + "\r\n\r\n");
  auto r = c.read();  // no body sent yet: the answer comes from the headers alone
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(body_json(r).at("error").at("code"), "payload_too_large");
  EXPECT_TRUE(body_json(r).at("error").at("violations").as_array().empty());
  EXPECT_EQ(calls_, 0);
}

TEST_F(ServerTest, OversizeBodySentWholeIs413) {
  start();
  Client c(port_);
  std::size_t n = 2u << 20;
  std::string req = "POST /api/x HTTP/1.1\r\nHost: h\r\nContent-Length: " + std::to_string(n) +
                    "\r\n\r\n" + std::string(n, 'x');
  c.send(req);
  auto r = c.read();
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(body_json(r).at("error").at("code"), "payload_too_large");
}

TEST_F(ServerTest, OversizeChunkedBodyIs413) {
  ServerOptions o;
  o.body_limit = 1000;
  start(o);
  Client c(port_);
  std::string chunk(800, 'y');
  c.send("POST /api/x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n320\r\n" + chunk +
         "\r\n320\r\n" + chunk + "\r\n0\r\n\r\n");
  auto r = c.read();
  EXPECT_EQ(r.status, 413);
}

TEST_F(ServerTest, OversizeHeaderIs431) {
  start();
  Client c(port_);
  c.send(get("/api/x", "X-Big: " + std::string(20000, 'a') + "\r\n"));
  auto r = c.read();
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.status, 431);
  EXPECT_TRUE(body_json(r).at("error").at("message").is_string());
}

TEST_F(ServerTest, MalformedRequestIs400AndCloses) {
  start();
  {
    Client c(port_);
    c.send("THIS IS NOT HTTP\r\n\r\n");
    auto r = c.read();
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(body_json(r).at("error").at("code"), "bad_request");
    EXPECT_TRUE(c.closed_by_peer());
  }
  {
    Client c(port_);
    c.send(get("/api/%zz"));
    EXPECT_EQ(c.read().status, 400);
  }
  {
    Client c(port_);
    c.send("POST /api/x HTTP/1.1\r\nHost: h\r\nContent-Length: abc\r\n\r\n");
    EXPECT_EQ(c.read().status, 400);
  }
  // The server still works.
  Client c(port_);
  c.send(get("/api/ok"));
  EXPECT_EQ(c.read().status, 200);
}

TEST_F(ServerTest, HandlerExceptionsAreMapped) {
  start();
  Client c(port_);
  testing::internal::CaptureStderr();
  c.send(get("/api/boom"));
  auto r = c.read();
  c.send(get("/api/fail"));
  auto r2 = c.read();
  round_trip(c);
  std::string log = testing::internal::GetCapturedStderr();
  EXPECT_EQ(r.status, 500);
  auto err = body_json(r).at("error").as_object();
  EXPECT_EQ(err.at("code"), "internal");
  EXPECT_NE(log.find(std::string(err.at("incident").as_string())), std::string::npos);
  EXPECT_EQ(r.body.find("kaboom"), std::string::npos);
  EXPECT_EQ(r2.status, 404);
}

TEST_F(ServerTest, LogLineHasNoQueryString) {
  start();
  Client c(port_);
  testing::internal::CaptureStderr();
  c.send(get("/api/v1/persons/abc?id_number=110101199001011234"));
  EXPECT_EQ(c.read().status, 200);
  round_trip(c);
  std::string log = testing::internal::GetCapturedStderr();
  EXPECT_EQ(log.find("110101199001011234"), std::string::npos) << log;
  auto p = log.find(" GET /api/v1/persons/abc 200 ");
  ASSERT_NE(p, std::string::npos) << log;
  // 2026-11-25T21:00:00+08:00
  ASSERT_GE(p, 25u);
  std::string ts = log.substr(p - 25, 25);
  EXPECT_EQ(ts.substr(19), "+08:00") << ts;
  EXPECT_EQ(ts[10], 'T');
  EXPECT_NE(log.find("ms\n", p), std::string::npos);
}

TEST_F(ServerTest, StaticFilesWithIndexFallback) {
  start();
  Client c(port_);
  c.send(get("/assets/app.js"));
  auto r = c.read();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "console.log(1)");
  EXPECT_EQ(r.header("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_NE(r.header("Cache-Control").find("immutable"), std::string::npos);

  c.send(get("/logo.svg"));
  EXPECT_EQ(c.read().header("Content-Type"), "image/svg+xml");

  c.send(get("/"));
  r = c.read();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(r.body.find("职评"), std::string::npos);

  c.send(get("/persons/123/edit?tab=1"));
  r = c.read();
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<!doctype html>"), std::string::npos);

  c.send(get("/../../etc/passwd"));
  r = c.read();
  EXPECT_EQ(r.body.find("root:"), std::string::npos);
  c.send(get("/%2e%2e/%2e%2e/etc/passwd"));
  r = c.read();
  EXPECT_EQ(r.body.find("root:"), std::string::npos);

  // /api/ never comes from disk; other methods go to the handler.
  c.send(get("/api/v1/x"));
  EXPECT_EQ(body_json(c.read()).at("path"), "/api/v1/x");
  c.send("POST /persons HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n");
  EXPECT_EQ(body_json(c.read()).at("method"), "POST");

  c.send("HEAD /assets/app.js HTTP/1.1\r\nHost: h\r\n\r\n");
  r = c.read(true);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("Content-Length"), "14");
  c.send(get("/logo.svg"));  // nothing stray after the HEAD response
  EXPECT_EQ(c.read().body, "<svg/>");
}

TEST_F(ServerTest, NoStaticDirMeansHandler) {
  ServerOptions o;
  o.static_dir = "/nonexistent/zp-dist";
  start(o);
  Client c(port_);
  c.send(get("/index.html"));
  EXPECT_EQ(body_json(c.read()).at("path"), "/index.html");
}

TEST_F(ServerTest, StopReturnsFromRunWithIdleConnection) {
  // Waiting out the idle connection would take 300 s (idle and drain timeouts alike),
  // ten times the 30 s stop_and_wait allows, however loaded the machine.
  ServerOptions o;
  o.idle_timeout = std::chrono::seconds(300);
  o.drain_timeout = std::chrono::seconds(300);
  start(o);
  Client c(port_);
  c.send(get("/api/x"));
  EXPECT_EQ(c.read().status, 200);
  // c stays open and idle (keep-alive); stop must close it, not wait for it.
  EXPECT_EQ(stop_and_wait(std::chrono::seconds(30)), 0);
  EXPECT_TRUE(c.closed_by_peer());
}

TEST_F(ServerTest, InFlightRequestFinishesOnShutdown) {
  start();
  Client c(port_);
  c.send(get("/api/slow"));
  // stop() while the request is inside the handler, then let the handler finish.
  ASSERT_TRUE(wait_slow_entered(std::chrono::seconds(10)));
  server_->stop();
  release_slow();
  auto r = c.read();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("Connection"), "close");
  EXPECT_EQ(wait_exit(std::chrono::seconds(30)), 0);
  // No longer accepting.
  EXPECT_THROW(Client{port_}, std::runtime_error);
}

TEST_F(ServerTest, SigtermShutsDown) {
  start();
  std::raise(SIGTERM);
  EXPECT_EQ(wait_exit(std::chrono::seconds(30)), 0);
}

TEST_F(ServerTest, IdleTimeoutClosesConnection) {
  ServerOptions o;
  o.idle_timeout = std::chrono::seconds(1);
  start(o);
  Client c(port_);
  c.send(get("/api/x"));
  EXPECT_EQ(c.read().status, 200);
  EXPECT_TRUE(c.closed_by_peer(30000));  // the default idle timeout (60 s) would not close it
}

TEST_F(ServerTest, BindFailureReturnsNonZero) {
  start();
  ServerOptions o;
  o.port = port_;  // taken
  Server second(o, [](Request&) { return Response{}; });
  bool called = false;
  EXPECT_NE(second.run([&](std::uint16_t) { called = true; }), 0);
  EXPECT_FALSE(called);
}

}  // namespace
}  // namespace zp::http
