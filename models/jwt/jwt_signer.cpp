#include "jwt/jwt_signer.h"

#include "config/config_validator.h"
#include "crypto/openssl_handles.h"
#include "crypto/pem_key.h"
#include "io/bounded_input.h"
#include "json/json_writer.h"
#include "text/untrusted_text.h"

#include <array>
#include <cstddef>
#include <limits>
#include <utility>
#include <vector>

#include <openssl/evp.h>
#include <openssl/pem.h>

namespace engage {
namespace {

// The outcome of one step: a value, or the sentence that says why there is none.
template <typename T> struct Step
{
    std::optional<T> value;
    QString error;
};

JwtSignResult failure(QString error)
{
    return JwtSignResult{std::nullopt, std::move(error)};
}

// A key ID quoted in a message is cut to this.
constexpr qsizetype maxQuotedInSigningError = 40;

// The one key the ID names, usable under the configuration rules.
Step<JwtKey> signingKeyNamed(const CommunityConfig& config, const QString& kid)
{
    std::vector<const JwtKey*> matches;
    for (const JwtKey& key : config.jwtKeys) {
        if (key.id == kid)
            matches.push_back(&key);
    }
    if (matches.empty()) {
        return {std::nullopt, JwtSigner::tr("No configured JWT key has the ID \"%1\".")
                                  .arg(UntrustedText::forDisplay(kid, maxQuotedInSigningError))};
    }
    if (matches.size() > 1) {
        return {std::nullopt, JwtSigner::tr("Several configured keys have the ID \"%1\"; key IDs "
                                            "must be unique.")
                                  .arg(UntrustedText::forDisplay(kid, maxQuotedInSigningError))};
    }
    const Diagnostics diagnostics = ConfigValidator::validateKey(*matches.front(), true);
    for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity() == Severity::Error) {
            // Validator messages never quote a secret or key material.
            return {std::nullopt, JwtSigner::tr("The key \"%1\" is not valid: %2")
                                      .arg(UntrustedText::forDisplay(kid, maxQuotedInSigningError),
                                           diagnostic.message)};
        }
    }
    return {*matches.front(), {}};
}

// The payload members, with "exp" = now + ttl appended when the payload has none.
Step<JsonValue> payloadWithExpiry(const JwtSignRequest& request)
{
    if (!request.payload.isObject())
        return {std::nullopt, JwtSigner::tr("The payload must be a JSON object.")};
    if (request.payload.member(u"exp"))
        return {request.payload, {}};
    const qint64 now = request.nowUnixSeconds;
    const qint64 ttl = request.ttlSeconds;
    const bool overflows = ttl > 0 ? now > std::numeric_limits<qint64>::max() - ttl
                                   : now < std::numeric_limits<qint64>::min() - ttl;
    if (overflows) {
        return {std::nullopt,
                JwtSigner::tr("The expiry time (now plus the time to live) is out of range.")};
    }
    std::vector<JsonValue::Member> members = request.payload.members();
    members.emplace_back(QStringLiteral("exp"), JsonValue::makeNumber(QString::number(now + ttl)));
    return {JsonValue::makeObject(std::move(members)), {}};
}

QByteArray headerJson(const JwtKey& key)
{
    std::vector<JsonValue::Member> members;
    members.emplace_back(QStringLiteral("typ"), JsonValue::makeString(QStringLiteral("JWT")));
    members.emplace_back(QStringLiteral("alg"), JsonValue::makeString(key.algorithm));
    members.emplace_back(QStringLiteral("kid"), JsonValue::makeString(key.id));
    return toCompactJson(JsonValue::makeObject(std::move(members)));
}

Step<QByteArray> hmacSignature(const JwtKey& key, QByteArrayView signingInput)
{
    const QByteArray secret = key.secret->toUtf8(); // the secret's own bytes, not its hex value
    std::array<unsigned char, sha256Size> mac{};
    std::size_t macSize = 0;
    const OpenSslErrorScope errorScope;
    if (EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret.constData(),
                  static_cast<std::size_t>(secret.size()),
                  reinterpret_cast<const unsigned char*>(signingInput.data()),
                  static_cast<std::size_t>(signingInput.size()), mac.data(), mac.size(),
                  &macSize) == nullptr ||
        macSize != sha256Size) {
        return {std::nullopt, JwtSigner::tr("The HMAC signature could not be computed.")};
    }
    return {QByteArray(reinterpret_cast<const char*>(mac.data()), sha256Size), {}};
}

int refusePassphrase(char* /*buffer*/, int /*size*/, int /*rwflag*/, void* /*userData*/)
{
    return -1;
}

// The RSA private key whose public half is the configured key.
Step<EvpPkeyPtr> matchingPrivateKey(const JwtKey& key, const QByteArray& privateKeyPem)
{
    if (privateKeyPem.trimmed().isEmpty()) {
        return {std::nullopt, JwtSigner::tr("The key \"%1\" is an RS256 key: signing needs its "
                                            "private key (a PEM file).")
                                  .arg(UntrustedText::forDisplay(key.id, maxQuotedInSigningError))};
    }
    const PemKeyInspection inspection = inspectPemKey(privateKeyPem);
    if (inspection.kind != PemKeyKind::PrivateKey) {
        return {std::nullopt, JwtSigner::tr("The private key file holds no private key; give the "
                                            "PEM private key (BEGIN PRIVATE KEY or BEGIN RSA "
                                            "PRIVATE KEY) of the key \"%1\".")
                                  .arg(UntrustedText::forDisplay(key.id, maxQuotedInSigningError))};
    }
    if (inspection.privateKeyEncrypted) {
        return {std::nullopt, JwtSigner::tr("The private key is encrypted with a passphrase, and "
                                            "this program never asks for one. Decrypt a copy "
                                            "with \"openssl pkey -in key.pem -out plain.pem\" "
                                            "and keep it safe.")};
    }
    const OpenSslErrorScope errorScope;
    const BioPtr bio(
        BIO_new_mem_buf(privateKeyPem.constData(), static_cast<int>(privateKeyPem.size())));
    EvpPkeyPtr privateKey(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr) : nullptr);
    if (!privateKey) {
        return {std::nullopt, JwtSigner::tr("The private key cannot be read; give it as PEM "
                                            "(BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY).")};
    }
    if (!EVP_PKEY_is_a(privateKey.get(), "RSA")) {
        return {std::nullopt, JwtSigner::tr("The private key is not an RSA key; RS256 needs RSA.")};
    }
    const PemKeyInspection configured = inspectPemKey(key.publicKey->toUtf8());
    if (!configured.publicKey || EVP_PKEY_eq(privateKey.get(), configured.publicKey.get()) != 1) {
        return {std::nullopt, JwtSigner::tr("The private key does not match the public key "
                                            "configured for \"%1\": tokens signed with it would "
                                            "be refused.")
                                  .arg(UntrustedText::forDisplay(key.id, maxQuotedInSigningError))};
    }
    return {std::move(privateKey), {}};
}

// RSASSA-PKCS1-v1_5 with SHA-256 (RFC 7518 §3.3).
Step<QByteArray> rsaSignature(EVP_PKEY* privateKey, QByteArrayView signingInput)
{
    const OpenSslErrorScope errorScope;
    const EvpMdCtxPtr context(EVP_MD_CTX_new());
    const auto* data = reinterpret_cast<const unsigned char*>(signingInput.data());
    const auto dataSize = static_cast<std::size_t>(signingInput.size());
    std::size_t signatureSize = 0;
    if (!context ||
        EVP_DigestSignInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, privateKey,
                              nullptr) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &signatureSize, data, dataSize) != 1) {
        return {std::nullopt, JwtSigner::tr("The RSA signature could not be computed.")};
    }
    QByteArray signature(static_cast<qsizetype>(signatureSize), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()),
                       &signatureSize, data, dataSize) != 1) {
        return {std::nullopt, JwtSigner::tr("The RSA signature could not be computed.")};
    }
    signature.truncate(static_cast<qsizetype>(signatureSize));
    return {std::move(signature), {}};
}

Step<QByteArray> signatureOf(const JwtKey& key, const QByteArray& privateKeyPem,
                             QByteArrayView signingInput)
{
    if (key.algorithm == JwtAlgorithm::hs256)
        return hmacSignature(key, signingInput);
    Step<EvpPkeyPtr> privateKey = matchingPrivateKey(key, privateKeyPem);
    if (!privateKey.value)
        return {std::nullopt, privateKey.error};
    return rsaSignature(privateKey.value->get(), signingInput);
}

// JWS compact serialisation's base64url: the URL alphabet, no '=' padding (RFC 7515 §2).
QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

JwtSignResult JwtSigner::sign(const CommunityConfig& config, const JwtSignRequest& request)
{
    const Step<JwtKey> key = signingKeyNamed(config, request.kid);
    if (!key.value)
        return failure(key.error);
    const Step<JsonValue> payload = payloadWithExpiry(request);
    if (!payload.value)
        return failure(payload.error);

    const QByteArray signingInput =
        base64Url(headerJson(*key.value)) + '.' + base64Url(toCompactJson(*payload.value));
    const Step<QByteArray> signature = signatureOf(*key.value, request.privateKeyPem, signingInput);
    if (!signature.value)
        return failure(signature.error);
    return JwtSignResult{signingInput + '.' + base64Url(*signature.value), std::nullopt};
}

PrivateKeyFile JwtSigner::readPrivateKeyFile(const QString& path)
{
    BoundedInput input = BoundedInputReader::read(path, maxPrivateKeyFileSize);
    if (input.error)
        return {{}, input.error};
    if (input.exceeds(maxPrivateKeyFileSize))
        return {
            {},
            tr("%1 is larger than 1 MiB; it is not a key.").arg(UntrustedText::forDisplay(path))};
    return {std::move(input.bytes), std::nullopt};
}

} // namespace engage
