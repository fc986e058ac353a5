// Crypto layer costs: the numbers behind login latency (argon2id), audit
// chaining (SM3), per-field encryption (seal/open of an 18-digit ID number)
// and signed checkpoints (SM2).
#include <benchmark/benchmark.h>

#include <string>

#include "crypto/password.h"
#include "crypto/random.h"
#include "crypto/seal.h"
#include "crypto/sm2.h"
#include "crypto/sm3.h"

namespace {

using namespace zp::crypto;

void BM_PasswordHash(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(password_hash("Correct-Horse-9"));
}
BENCHMARK(BM_PasswordHash)->Unit(benchmark::kMillisecond)->Iterations(20);

void BM_PasswordVerify(benchmark::State& state) {
  const std::string h = *password_hash("Correct-Horse-9");
  for (auto _ : state) benchmark::DoNotOptimize(password_verify(h, "Correct-Horse-9"));
}
BENCHMARK(BM_PasswordVerify)->Unit(benchmark::kMillisecond)->Iterations(20);

void BM_Sm3_1KiB(benchmark::State& state) {
  const std::string data = random_bytes(1024);
  for (auto _ : state) benchmark::DoNotOptimize(sm3(data));
  state.SetBytesProcessed(state.iterations() * 1024);
}
BENCHMARK(BM_Sm3_1KiB);

void BM_HmacSm3_32B(benchmark::State& state) {
  const std::string key = random_bytes(32), data = random_bytes(32);
  for (auto _ : state) benchmark::DoNotOptimize(hmac_sm3(key, data));
}
BENCHMARK(BM_HmacSm3_32B);

void BM_Seal_18B(benchmark::State& state) {
  const DataKey k = derive_data_key(random_bytes(32));
  for (auto _ : state) benchmark::DoNotOptimize(seal(k, "110101199003071234"));
}
BENCHMARK(BM_Seal_18B);

void BM_Open_18B(benchmark::State& state) {
  const DataKey k = derive_data_key(random_bytes(32));
  const std::string s = seal(k, "110101199003071234");
  for (auto _ : state) benchmark::DoNotOptimize(open(k, s));
}
BENCHMARK(BM_Open_18B);

void BM_BlindIndex_18B(benchmark::State& state) {
  const DataKey k = derive_data_key(random_bytes(32));
  for (auto _ : state) benchmark::DoNotOptimize(blind_index(k, "110101199003071234"));
}
BENCHMARK(BM_BlindIndex_18B);

void BM_Sm2Sign(benchmark::State& state) {
  const Sm2KeyPair kp = *sm2_generate();
  const std::string msg = random_bytes(64);
  for (auto _ : state) benchmark::DoNotOptimize(sm2_sign(kp.private_pem, msg));
}
BENCHMARK(BM_Sm2Sign)->Unit(benchmark::kMicrosecond);

void BM_Sm2Verify(benchmark::State& state) {
  const Sm2KeyPair kp = *sm2_generate();
  const std::string msg = random_bytes(64);
  const std::string sig = *sm2_sign(kp.private_pem, msg);
  for (auto _ : state) benchmark::DoNotOptimize(sm2_verify(kp.public_pem, msg, sig));
}
BENCHMARK(BM_Sm2Verify)->Unit(benchmark::kMicrosecond);

}  // namespace
