#include "jwt/signature_contexts.h"

#include <array>
#include <utility>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rsa.h>

namespace engage {

SignatureContexts::SignatureContexts(const JwtVerifierState& state)
    : m_state(state), m_hmac(state.keys.size()), m_rsa(state.keys.size()),
      m_digest(EVP_MD_CTX_new())
{
}

bool SignatureContexts::verifies(const PreparedKey& key, QByteArrayView signingInput,
                                 QByteArrayView signature)
{
    if (key.kind == KeyAlgorithm::Hs256)
        return hmacVerifies(key.index, signingInput, signature);
    return rsaVerifies(key.index, signingInput, signature);
}

bool SignatureContexts::hmacVerifies(std::size_t index, QByteArrayView signingInput,
                                     QByteArrayView signature)
{
    EVP_MAC_CTX* context = hmacContext(index);
    std::array<unsigned char, sha256Size> mac{};
    std::size_t macSize = 0;
    if (context == nullptr ||
        EVP_MAC_update(context, reinterpret_cast<const unsigned char*>(signingInput.data()),
                       static_cast<std::size_t>(signingInput.size())) != 1 ||
        EVP_MAC_final(context, mac.data(), &macSize, mac.size()) != 1 || macSize != sha256Size ||
        static_cast<std::size_t>(signature.size()) != sha256Size) {
        return false;
    }
    // Constant time, so that timing tells an attacker nothing about the expected MAC.
    return CRYPTO_memcmp(mac.data(), signature.data(), sha256Size) == 0;
}

EVP_MAC_CTX* SignatureContexts::hmacContext(std::size_t index)
{
    EvpMacCtxPtr& context = m_hmac[index];
    if (!context) {
        const QByteArray& secret = m_state.keys[index].hmacSecret;
        char digestName[] = "SHA256";
        const std::array<OSSL_PARAM, 2> parameters{
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
            OSSL_PARAM_construct_end()};
        EvpMacCtxPtr keyed(EVP_MAC_CTX_new(m_state.hmac.get()));
        if (!keyed ||
            EVP_MAC_init(keyed.get(), reinterpret_cast<const unsigned char*>(secret.constData()),
                         static_cast<std::size_t>(secret.size()), parameters.data()) != 1) {
            return nullptr;
        }
        context = std::move(keyed);
    }
    if (EVP_MAC_init(context.get(), nullptr, 0, nullptr) != 1)
        return nullptr;
    return context.get();
}

bool SignatureContexts::rsaVerifies(std::size_t index, QByteArrayView signingInput,
                                    QByteArrayView signature)
{
    const OpenSslErrorScope errorScope; // a bad signature queues errors: drop them
    EVP_PKEY_CTX* context = rsaContext(index);
    std::array<unsigned char, sha256Size> digest{};
    unsigned int digestSize = 0;
    return context != nullptr && m_digest &&
           EVP_DigestInit_ex(m_digest.get(), m_state.sha256.get(), nullptr) == 1 &&
           EVP_DigestUpdate(m_digest.get(), signingInput.data(),
                            static_cast<std::size_t>(signingInput.size())) == 1 &&
           EVP_DigestFinal_ex(m_digest.get(), digest.data(), &digestSize) == 1 &&
           digestSize == sha256Size &&
           EVP_PKEY_verify(context, reinterpret_cast<const unsigned char*>(signature.data()),
                           static_cast<std::size_t>(signature.size()), digest.data(),
                           digest.size()) == 1;
}

EVP_PKEY_CTX* SignatureContexts::rsaContext(std::size_t index)
{
    EvpPkeyCtxPtr& context = m_rsa[index];
    if (!context) {
        EvpPkeyCtxPtr fresh(
            EVP_PKEY_CTX_new_from_pkey(nullptr, m_state.keys[index].publicKey.get(), nullptr));
        if (!fresh || EVP_PKEY_verify_init(fresh.get()) != 1 ||
            EVP_PKEY_CTX_set_rsa_padding(fresh.get(), RSA_PKCS1_PADDING) != 1 ||
            EVP_PKEY_CTX_set_signature_md(fresh.get(), EVP_sha256()) != 1) {
            return nullptr;
        }
        context = std::move(fresh);
    }
    return context.get();
}

} // namespace engage
