#pragma once

// What the JWT fuzz targets share: one configuration (require mode, an HS256 and an RS256 key,
// two mapping rows), its verifier, and the check that a session which has verified every
// earlier input (reusing its last header, its mapped fields, its near-miss cache) gives the
// verdict, hints included, that a verification from scratch gives.

#include "config/config_file.h"
#include "jwt/jwt_verifier.h"

#include <cstdlib>

namespace jwt_fuzzing {

// The HS256 key "prod" signs with these bytes.
inline constexpr char secret[] = "9aeaf06388b8ab6487d1605b";
// Every token is checked at this time.
inline constexpr qint64 now = 1800000000;

inline const engage::JwtVerifier& verifier()
{
    static const engage::JwtVerifier instance([] {
        const char* const configuration = R"({"format": "engage-messaging-community", "version": 1,
  "signed_identities": "require",
  "extra_values_mapping": [{"key": "uuid", "field": "notes"}, {"key": "cell", "field": "mobile_phone"}],
  "jwt_keys": [{"id": "prod", "algorithm": "HS256", "secret": "9aeaf06388b8ab6487d1605b"},
               {"id": "rsa", "algorithm": "RS256", "public_key":
"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAj0Prux3sReSXiyRRpFG0\nFy5dtsTRoJ5JW4PeEm4Xxg75kBNnePLDBE2ypALXADHCMVyDW1hM0C7lixcZr9Z/\ncypbisAPJsTcoW8qkV0ZNi73XOGr089WkEBC1I9YlddstQgXzQdlTr81aNzQ4OGk\nJkuKJzpC0OguWc3J4tMFUbrDWx5djhbuU7iQpmuFAwU9hhXpVZ3C8Wc8AsTng8OS\ngIRU5vwgLNKsUazFahdQkeNJ82TvqdX2UQMcdNk9a1GI26amgcdtmG+jcjDpZFhw\nYdRoDDfQNU5ECCHdBx7cS3FEYKNiPJlEbjRfJX/UZTh5RfKHt6IZz077hLZbFf2C\nCQIDAQAB\n-----END PUBLIC KEY-----\n"}]})";
        const engage::ConfigLoadResult loaded =
            engage::ConfigFile::load(QByteArrayView(configuration));
        if (!loaded.isValid())
            std::abort(); // the fuzzers' own configuration must be valid
        return *loaded.config;
    }());
    return instance;
}

// Verifies with one session kept across inputs, checks the verdict against a verification
// from scratch and the invariants of every verdict, and returns the session's verdict.
inline const engage::JwtVerdict& verifyAndCompare(QByteArrayView token)
{
    static engage::JwtVerifier::Session session(verifier());
    static engage::JwtVerdict verdict;
    session.verify(token, now, verdict);
    if (verdict.accepted == verdict.reason.has_value())
        std::abort();
    if (verdict.accepted && (verdict.header.isEmpty() || verdict.payload.isEmpty()))
        std::abort();
    const engage::JwtVerdict fresh = verifier().verify(token, now);
    if (fresh.reason != verdict.reason || fresh.message != verdict.message ||
        fresh.kid != verdict.kid || fresh.alg != verdict.alg || fresh.header != verdict.header ||
        fresh.payload != verdict.payload || fresh.mappedFields != verdict.mappedFields ||
        fresh.hints != verdict.hints) {
        std::abort();
    }
    return verdict;
}

} // namespace jwt_fuzzing
