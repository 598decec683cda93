#pragma once

// Internal to models/jwt: the OpenSSL contexts one thread checks signatures with.

#include "crypto/openssl_handles.h"
#include "jwt/jwt_prepared_state.h"

#include <QByteArrayView>

#include <cstddef>
#include <vector>

namespace engage {

// The OpenSSL contexts one thread verifies signatures with, made on first use of each key.
class SignatureContexts
{
public:
    explicit SignatureContexts(const JwtVerifierState& state);

    // False too when OpenSSL fails for any reason: a signature is never assumed good.
    bool verifies(const PreparedKey& key, QByteArrayView signingInput, QByteArrayView signature);

private:
    bool hmacVerifies(std::size_t index, QByteArrayView signingInput, QByteArrayView signature);
    // A context keyed once per key; re-initialising it without a key reuses that key.
    EVP_MAC_CTX* hmacContext(std::size_t index);
    // RSASSA-PKCS1-v1_5 with SHA-256 over the signing input (RFC 7518 §3.3).
    bool rsaVerifies(std::size_t index, QByteArrayView signingInput, QByteArrayView signature);
    // A verification context set up once per key: EVP_PKEY_verify may be called on it again.
    EVP_PKEY_CTX* rsaContext(std::size_t index);

    const JwtVerifierState& m_state;
    std::vector<EvpMacCtxPtr> m_hmac; // by key index
    std::vector<EvpPkeyCtxPtr> m_rsa; // by key index
    EvpMdCtxPtr m_digest;             // RS256: the signing input's SHA-256
};

} // namespace engage
