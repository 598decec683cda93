// libFuzzer target: the JWT verifier on arbitrary tokens, against a configuration with an HS256
// and an RS256 key in require mode. Checked: a verdict is either accepted with no reason or
// refused with one, an accepted token decoded to a header and a payload, and a session that
// has verified every earlier input (reusing its last header, its mapped fields) gives the same
// verdict as a verification from scratch.

#include "config/config_file.h"
#include "jwt/jwt_verifier.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const char* const configuration = R"({"format": "engage-messaging-community", "version": 1,
  "signed_identities": "require",
  "extra_values_mapping": [{"key": "uuid", "field": "notes"}, {"key": "cell", "field": "mobile_phone"}],
  "jwt_keys": [{"id": "prod", "algorithm": "HS256", "secret": "9aeaf06388b8ab6487d1605b"},
               {"id": "rsa", "algorithm": "RS256", "public_key":
"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAj0Prux3sReSXiyRRpFG0\nFy5dtsTRoJ5JW4PeEm4Xxg75kBNnePLDBE2ypALXADHCMVyDW1hM0C7lixcZr9Z/\ncypbisAPJsTcoW8qkV0ZNi73XOGr089WkEBC1I9YlddstQgXzQdlTr81aNzQ4OGk\nJkuKJzpC0OguWc3J4tMFUbrDWx5djhbuU7iQpmuFAwU9hhXpVZ3C8Wc8AsTng8OS\ngIRU5vwgLNKsUazFahdQkeNJ82TvqdX2UQMcdNk9a1GI26amgcdtmG+jcjDpZFhw\nYdRoDDfQNU5ECCHdBx7cS3FEYKNiPJlEbjRfJX/UZTh5RfKHt6IZz077hLZbFf2C\nCQIDAQAB\n-----END PUBLIC KEY-----\n"}]})";

engage::CommunityConfig loadConfiguration()
{
    const engage::ConfigLoadResult loaded = engage::ConfigFile::load(QByteArrayView(configuration));
    if (!loaded.isValid())
        std::abort(); // the fuzzer's own configuration must be valid
    return *loaded.config;
}

const engage::JwtVerifier& verifier()
{
    static const engage::JwtVerifier instance(loadConfiguration());
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static engage::JwtVerifier::Session session(verifier());
    const QByteArrayView token(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    static engage::JwtVerdict verdict;
    session.verify(token, 1800000000, verdict);
    if (verdict.accepted == verdict.reason.has_value())
        std::abort();
    if (verdict.accepted && (verdict.header.isEmpty() || verdict.payload.isEmpty()))
        std::abort();
    const engage::JwtVerdict fresh = verifier().verify(token, 1800000000);
    if (fresh.reason != verdict.reason || fresh.message != verdict.message ||
        fresh.kid != verdict.kid || fresh.alg != verdict.alg || fresh.header != verdict.header ||
        fresh.payload != verdict.payload || fresh.mappedFields != verdict.mappedFields) {
        std::abort();
    }
    (void)engage::JwtVerifier::inspect(token);
    return 0;
}
