#pragma once

// Owners for the OpenSSL objects the core creates. Every handle is held by one of these from the
// moment OpenSSL returns it, so that no code path frees anything by hand.

#include <cstddef>
#include <memory>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace engage {

// The size of an HMAC-SHA256 value, so of an HS256 signature (RFC 7518 §3.2).
constexpr std::size_t sha256Size = 32;

struct EvpPkeyDeleter
{
    void operator()(EVP_PKEY* key) const noexcept { EVP_PKEY_free(key); }
};
struct BioDeleter
{
    void operator()(BIO* bio) const noexcept { BIO_free_all(bio); }
};
struct X509Deleter
{
    void operator()(X509* certificate) const noexcept { X509_free(certificate); }
};
struct EvpMdDeleter
{
    void operator()(EVP_MD* digest) const noexcept { EVP_MD_free(digest); }
};
struct EvpMdCtxDeleter
{
    void operator()(EVP_MD_CTX* context) const noexcept { EVP_MD_CTX_free(context); }
};
struct EvpPkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX* context) const noexcept { EVP_PKEY_CTX_free(context); }
};
struct EvpMacDeleter
{
    void operator()(EVP_MAC* mac) const noexcept { EVP_MAC_free(mac); }
};
struct EvpMacCtxDeleter
{
    void operator()(EVP_MAC_CTX* context) const noexcept { EVP_MAC_CTX_free(context); }
};
struct OsslDecoderCtxDeleter
{
    void operator()(OSSL_DECODER_CTX* context) const noexcept { OSSL_DECODER_CTX_free(context); }
};
struct Pkcs8PrivateKeyInfoDeleter
{
    void operator()(PKCS8_PRIV_KEY_INFO* info) const noexcept { PKCS8_PRIV_KEY_INFO_free(info); }
};
struct X509PubkeyDeleter
{
    void operator()(X509_PUBKEY* key) const noexcept { X509_PUBKEY_free(key); }
};
struct BignumDeleter
{
    void operator()(BIGNUM* number) const noexcept { BN_free(number); }
};
struct Asn1SequenceAnyDeleter
{
    void operator()(ASN1_SEQUENCE_ANY* sequence) const noexcept
    {
        sk_ASN1_TYPE_pop_free(sequence, ASN1_TYPE_free);
    }
};
// Memory that OpenSSL allocated for the caller (i2d_* output, PEM_read_bio names and headers).
struct OpenSslFreeDeleter
{
    void operator()(void* memory) const noexcept { OPENSSL_free(memory); }
};
// Like OpenSslFreeDeleter, for buffers that may hold secrets: wiped before they are freed.
struct OpenSslClearFreeDeleter
{
    std::size_t size = 0;
    void operator()(unsigned char* memory) const noexcept { OPENSSL_clear_free(memory, size); }
};

using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyDeleter>;
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;
using EvpMdPtr = std::unique_ptr<EVP_MD, EvpMdDeleter>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, EvpMdCtxDeleter>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, EvpPkeyCtxDeleter>;
using EvpMacPtr = std::unique_ptr<EVP_MAC, EvpMacDeleter>;
using EvpMacCtxPtr = std::unique_ptr<EVP_MAC_CTX, EvpMacCtxDeleter>;
using OsslDecoderCtxPtr = std::unique_ptr<OSSL_DECODER_CTX, OsslDecoderCtxDeleter>;
using Pkcs8PrivateKeyInfoPtr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Pkcs8PrivateKeyInfoDeleter>;
using X509PubkeyPtr = std::unique_ptr<X509_PUBKEY, X509PubkeyDeleter>;
using BignumPtr = std::unique_ptr<BIGNUM, BignumDeleter>;
using Asn1SequenceAnyPtr = std::unique_ptr<ASN1_SEQUENCE_ANY, Asn1SequenceAnyDeleter>;
using OpenSslCharsPtr = std::unique_ptr<char, OpenSslFreeDeleter>;
using OpenSslBytesPtr = std::unique_ptr<unsigned char, OpenSslFreeDeleter>;
using OpenSslSensitiveBytesPtr = std::unique_ptr<unsigned char, OpenSslClearFreeDeleter>;

// Discards, when it goes out of scope, the errors OpenSSL queued on this thread while it lived,
// and only those: a failed parse leaves no stale error for a later, unrelated call to misread.
class OpenSslErrorScope
{
public:
    OpenSslErrorScope() noexcept { ERR_set_mark(); }
    ~OpenSslErrorScope() { ERR_pop_to_mark(); }
    OpenSslErrorScope(const OpenSslErrorScope&) = delete;
    OpenSslErrorScope& operator=(const OpenSslErrorScope&) = delete;
};

} // namespace engage
