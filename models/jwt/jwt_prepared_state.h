#pragma once

// Internal to models/jwt: the configuration as JwtVerifier prepares it once, shared read-only
// by every thread that verifies with it.

#include "crypto/openssl_handles.h"
#include "jwt/jwt_hints.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace engage {

enum class SignedIdentitiesMode { Accept, Reject, Require, Invalid };

enum class KeyAlgorithm { Hs256, Rs256, Invalid };

// Inline: the checks name the algorithm of every token's header.
inline KeyAlgorithm algorithmNamed(std::string_view name)
{
    return name == "HS256"   ? KeyAlgorithm::Hs256
           : name == "RS256" ? KeyAlgorithm::Rs256
                             : KeyAlgorithm::Invalid;
}

struct PreparedKey
{
    std::size_t index = 0; // in the configuration, and in each thread's context tables
    QString id;
    std::string idUtf8;                        // as a token's decoded kid is compared
    QString algorithm;                         // as configured, valid or not, for messages
    KeyAlgorithm kind = KeyAlgorithm::Invalid; // what the checks compare
    bool usable = false;
    QString problem;                     // unusable keys: why, as a sentence for the verdict
    QByteArray hmacSecret;               // usable HS256 keys: the secret's own UTF-8 bytes
    std::shared_ptr<EVP_PKEY> publicKey; // usable RS256 keys
};

// A row of the extra values mapping, its key in UTF-8 as the token's member names are.
struct PreparedMappingRow
{
    std::string key;
    QString field;
    bool isUuid = false; // the key "uuid" maps the payload's own uuid, not an extra value
};

struct JwtVerifierState
{
    SignedIdentitiesMode mode = SignedIdentitiesMode::Reject;
    QString modeText;
    std::vector<PreparedKey> keys;
    std::vector<PreparedMappingRow> mapping;
    std::unique_ptr<const JwtHintEngine> hints;
    // Fetched once: fetching is a locked lookup in OpenSSL's method store.
    EvpMacPtr hmac;
    EvpMdPtr sha256;

    // The key a token's kid names: an exact match of a configured ID, or nullptr.
    const PreparedKey* findKey(std::string_view id) const
    {
        for (const PreparedKey& key : keys) {
            if (key.idUtf8 == id)
                return &key;
        }
        return nullptr;
    }
};

} // namespace engage
