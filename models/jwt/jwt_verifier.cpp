#include "jwt/jwt_verifier.h"

#include "config/config_validator.h"
#include "crypto/openssl_handles.h"
#include "crypto/pem_key.h"
#include "json/json_parser.h"
#include "json/json_writer.h"
#include "jwt/base64url.h"
#include "jwt/jwt_hints.h"
#include "text/untrusted_text.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <array>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rsa.h>

namespace engage {

namespace {

enum class Mode { Accept, Reject, Require, Invalid };

Mode modeOf(const QString& signedIdentities)
{
    if (signedIdentities == SignedIdentities::accept)
        return Mode::Accept;
    if (signedIdentities == SignedIdentities::reject)
        return Mode::Reject;
    if (signedIdentities == SignedIdentities::require)
        return Mode::Require;
    return Mode::Invalid;
}

constexpr std::size_t sha256Size = 32;

std::string utf8Of(const QString& text)
{
    return text.toStdString(); // QString::toStdString converts to UTF-8
}

enum class Algorithm { Hs256, Rs256, Invalid };

Algorithm algorithmNamed(std::string_view name)
{
    return name == "HS256"   ? Algorithm::Hs256
           : name == "RS256" ? Algorithm::Rs256
                             : Algorithm::Invalid;
}

} // namespace

struct PreparedKey
{
    std::size_t index = 0; // in the configuration, and in each thread's context tables
    QString id;
    std::string idUtf8;                  // as a token's decoded kid is compared
    QString algorithm;                   // as configured, valid or not, for messages
    Algorithm kind = Algorithm::Invalid; // what the checks compare
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
};

struct JwtVerifierState
{
    Mode mode = Mode::Reject;
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

// The OpenSSL contexts one thread verifies signatures with, made on first use of each key.
class SignatureContexts
{
public:
    explicit SignatureContexts(const JwtVerifierState& state)
        : m_state(state), m_hmac(state.keys.size()), m_rsa(state.keys.size()),
          m_digest(EVP_MD_CTX_new())
    {
    }

    // False too when OpenSSL fails for any reason: a signature is never assumed good.
    bool verifies(const PreparedKey& key, QByteArrayView signingInput, QByteArrayView signature)
    {
        if (key.kind == Algorithm::Hs256)
            return hmacVerifies(key.index, signingInput, signature);
        return rsaVerifies(key.index, signingInput, signature);
    }

private:
    bool hmacVerifies(std::size_t index, QByteArrayView signingInput, QByteArrayView signature)
    {
        EVP_MAC_CTX* context = hmacContext(index);
        std::array<unsigned char, sha256Size> mac{};
        std::size_t macSize = 0;
        if (context == nullptr ||
            EVP_MAC_update(context, reinterpret_cast<const unsigned char*>(signingInput.data()),
                           static_cast<std::size_t>(signingInput.size())) != 1 ||
            EVP_MAC_final(context, mac.data(), &macSize, mac.size()) != 1 ||
            macSize != sha256Size || static_cast<std::size_t>(signature.size()) != sha256Size) {
            return false;
        }
        // Constant time, so that timing tells an attacker nothing about the expected MAC.
        return CRYPTO_memcmp(mac.data(), signature.data(), sha256Size) == 0;
    }

    // A context keyed once per key; re-initialising it without a key reuses that key.
    EVP_MAC_CTX* hmacContext(std::size_t index)
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
                EVP_MAC_init(keyed.get(),
                             reinterpret_cast<const unsigned char*>(secret.constData()),
                             static_cast<std::size_t>(secret.size()), parameters.data()) != 1) {
                return nullptr;
            }
            context = std::move(keyed);
        }
        if (EVP_MAC_init(context.get(), nullptr, 0, nullptr) != 1)
            return nullptr;
        return context.get();
    }

    // RSASSA-PKCS1-v1_5 with SHA-256 over the signing input (RFC 7518 §3.3).
    bool rsaVerifies(std::size_t index, QByteArrayView signingInput, QByteArrayView signature)
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

    // A verification context set up once per key: EVP_PKEY_verify may be called on it again.
    EVP_PKEY_CTX* rsaContext(std::size_t index)
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

    const JwtVerifierState& m_state;
    std::vector<EvpMacCtxPtr> m_hmac; // by key index
    std::vector<EvpPkeyCtxPtr> m_rsa; // by key index
    EvpMdCtxPtr m_digest;             // RS256: the signing input's SHA-256
};

using Member = std::optional<JsonTape::Index>; // a member's value on its tape, when present

// The header members that verification reads, found in one pass over the header.
struct HeaderMembers
{
    Member alg;
    Member typ;
    Member kid;
    Member crit;
};

// The members of a payload, or of a non-signed identity, that the checks and the mapping read.
struct IdentityMembers
{
    Member exp;
    Member iat; // read by hints only
    Member uuid;
    Member extraValues;
};

// The configuration's texts that verdicts carry, copied for one thread. A QString copy shares
// its text through an atomic reference count: were the configuration's own strings put in every
// verdict, threads verifying at once would fight over the cache lines of those counts.
struct VerdictTexts
{
    explicit VerdictTexts(const JwtVerifierState& state)
    {
        const auto deepCopy = [](const QString& text) {
            return QString(text.constData(), text.size());
        };
        for (const PreparedKey& key : state.keys)
            keyIds.push_back(deepCopy(key.id));
        for (const PreparedMappingRow& row : state.mapping)
            fieldNames.push_back(deepCopy(row.field));
    }

    std::vector<QString> keyIds;     // by key index
    std::vector<QString> fieldNames; // by mapping row
};

// What one thread reuses from one token to the next, to spare the allocator.
struct JwtThreadState
{
    explicit JwtThreadState(const JwtVerifierState& state) : signatures(state), texts(state) {}

    SignatureContexts signatures;
    VerdictTexts texts;
    JsonTapeParser parser;
    // The last header that decoded, kept with its base64url text: the tokens of one website
    // share their header, which is then decoded and parsed once instead of once per token.
    // Empty when none is kept (an empty segment never decodes to an object).
    QByteArray headerText;
    QByteArray compactHeader;
    JsonTape header;
    HeaderMembers headerMembers;
    const PreparedKey* headerKey = nullptr; // the configured key the kept header's kid names
    JsonTape payload;
    IdentityMembers payloadMembers;
    QByteArray signature;
    // The extra values some mapping row names, found by the mapping of an accepted token: the
    // near-miss hint looks only at the others, without comparing names again.
    std::vector<JsonTape::Index> namedExtraValues;
    JwtHintScratch hintScratch;
};

namespace {

HeaderMembers findHeaderMembers(const JsonTape& header)
{
    HeaderMembers found;
    header.forEachMember(0, [&found](std::string_view name, JsonTape::Index value) {
        if (name == "alg")
            found.alg = value;
        else if (name == "typ")
            found.typ = value;
        else if (name == "kid")
            found.kid = value;
        else if (name == "crit")
            found.crit = value;
    });
    return found;
}

IdentityMembers findIdentityMembers(const JsonTape& identity)
{
    IdentityMembers found;
    identity.forEachMember(0, [&found](std::string_view name, JsonTape::Index value) {
        if (name == "exp")
            found.exp = value;
        else if (name == "iat")
            found.iat = value;
        else if (name == "uuid")
            found.uuid = value;
        else if (name == "extra_values")
            found.extraValues = value;
    });
    return found;
}

// ---------------------------------------------------------------------------------------------
// Preparing the configuration

// Why the configuration rules refuse the key (the first error they find), or nothing.
std::optional<QString> keyProblem(const JwtKey& key)
{
    for (const Diagnostic& diagnostic : ConfigValidator::validateKey(key, true)) {
        if (diagnostic.severity() == Severity::Error)
            return diagnostic.message;
    }
    return std::nullopt;
}

std::vector<PreparedKey> prepareKeys(const QList<JwtKey>& keys)
{
    QHash<QString, int> countById;
    for (const JwtKey& key : keys)
        ++countById[key.id];

    std::vector<PreparedKey> prepared;
    prepared.reserve(static_cast<std::size_t>(keys.size()));
    for (const JwtKey& key : keys) {
        PreparedKey entry{prepared.size(),
                          key.id,
                          utf8Of(key.id),
                          key.algorithm,
                          algorithmNamed(utf8Of(key.algorithm)),
                          false,
                          {},
                          {},
                          {}};
        const std::optional<QString> problem = countById.value(key.id) == 1
                                                   ? keyProblem(key)
                                                   : JwtVerifier::tr("Several keys have this ID.");
        entry.usable = !problem;
        entry.problem = problem.value_or(QString());
        if (entry.usable && entry.kind == Algorithm::Hs256)
            entry.hmacSecret = key.secret->toUtf8();
        if (entry.usable && entry.kind == Algorithm::Rs256) {
            // Only a usable RSA key comes with a key object: a degenerate one (exponent 1,
            // which verifies forged signatures) can never reach EVP_PKEY_verify.
            entry.publicKey = inspectPemKey(key.publicKey->toUtf8()).publicKey;
            entry.usable = entry.publicKey != nullptr;
            if (!entry.usable)
                entry.problem = JwtVerifier::tr("Its public key cannot be read.");
        }
        prepared.push_back(std::move(entry));
    }
    return prepared;
}

// ---------------------------------------------------------------------------------------------
// Texts for messages

// Token content quoted in a message is cut to this.
constexpr qsizetype maxQuoted = 40;

// What a JSON value is, for messages: its string quoted, or its kind.
QString valueDescription(const JsonTape& tape, JsonTape::Index value)
{
    switch (tape.type(value)) {
    case JsonValue::Type::Null:
        return JwtVerifier::tr("null");
    case JsonValue::Type::Bool:
        return JwtVerifier::tr("a boolean");
    case JsonValue::Type::Number:
        return JwtVerifier::tr("the number %1")
            .arg(UntrustedText::forDisplay(tape.qstringText(value), maxQuoted));
    case JsonValue::Type::String:
        return JwtVerifier::tr("the string \"%1\"")
            .arg(UntrustedText::forDisplay(tape.qstringText(value), maxQuoted));
    case JsonValue::Type::Array:
        return JwtVerifier::tr("an array");
    case JsonValue::Type::Object:
        return JwtVerifier::tr("an object");
    }
    return {};
}

// "2026-01-01T00:30:00Z", or plain Unix time for a date QDateTime cannot hold or ISO 8601
// cannot write in four digits (Qt writes nothing for those).
QString dateTimeText(qint64 unixSeconds)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC);
    if (!time.isValid() || time.date().year() < 1 || time.date().year() > 9999)
        return JwtVerifier::tr("Unix time %1").arg(unixSeconds);
    return time.toString(Qt::ISODate);
}

QString modeRefusalMessage(Mode mode, const QString& modeText)
{
    if (mode == Mode::Invalid) {
        return JwtVerifier::tr("The signed identities setting \"%1\" is not valid, so no identity "
                               "is accepted; choose accept, reject or require.")
            .arg(UntrustedText::forDisplay(modeText, maxQuoted));
    }
    if (mode == Mode::Reject) {
        return JwtVerifier::tr("The community is in reject mode: it takes only non-signed "
                               "identities, so every signed identity (JWT) is refused.");
    }
    return JwtVerifier::tr("The community is in require mode: only JWT-signed identities are "
                           "accepted, and this identity is not signed.");
}

// ---------------------------------------------------------------------------------------------
// The checks of SPEC §4. Each step returns false after recording the reason in the verdict.

bool refuse(JwtVerdict& verdict, JwtReason reason, QString message)
{
    verdict.accepted = false;
    verdict.reason = reason;
    verdict.message = std::move(message);
    return false;
}

bool refuseMalformed(JwtVerdict& verdict, QString message)
{
    return refuse(verdict, JwtReason::MalformedToken, std::move(message));
}

struct TokenSegments
{
    QByteArrayView header;
    QByteArrayView payload;
    QByteArrayView signature;
    QByteArrayView signingInput; // "header.payload" as received: what the signature covers
};

// Step 2, the shape: a bounded size, then exactly three base64url segments.
std::optional<TokenSegments> splitToken(QByteArrayView token, JwtVerdict& verdict)
{
    if (token.size() > JwtVerifier::maxTokenSize) {
        // The length itself is not told: --batch keeps only the start of an over-long line.
        refuseMalformed(verdict, JwtVerifier::tr("The token is longer than %1 bytes (64 KiB); "
                                                 "tokens that long are refused without being "
                                                 "read.")
                                     .arg(JwtVerifier::maxTokenSize));
        return std::nullopt;
    }
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) {
        refuseMalformed(verdict, JwtVerifier::tr("A token is three base64url segments separated "
                                                 "by dots (header.payload.signature); this one "
                                                 "has %1.")
                                     .arg(token.count('.') + 1));
        return std::nullopt;
    }
    return TokenSegments{token.first(firstDot),
                         token.sliced(firstDot + 1, secondDot - firstDot - 1),
                         token.sliced(secondDot + 1), token.first(secondDot)};
}

enum class Part { Header, Payload, Signature, Identity };

// Named only once a message needs it: translating costs time on every accepted token.
QString partName(Part part)
{
    switch (part) {
    case Part::Header:
        return JwtVerifier::tr("header");
    case Part::Payload:
        return JwtVerifier::tr("payload");
    case Part::Signature:
        return JwtVerifier::tr("signature");
    case Part::Identity:
        return JwtVerifier::tr("identity");
    }
    return {};
}

QString notBase64UrlMessage(Part segment)
{
    return JwtVerifier::tr("The %1 segment is not valid base64url: only letters, digits, '-' and "
                           "'_' may appear, without '=' padding.")
        .arg(partName(segment));
}

// Step 2, the contents: a segment that decodes to a UTF-8 JSON object without duplicates.
bool decodeObject(QByteArrayView segment, Part part, QByteArray& buffer, JsonTapeParser& parser,
                  JsonTape& object, JwtVerdict& verdict)
{
    if (!base64UrlDecodeInto(segment, buffer))
        return refuseMalformed(verdict, notBase64UrlMessage(part));
    if (const std::optional<JsonParseError> error = parser.parse(buffer, object)) {
        return refuseMalformed(
            verdict, JwtVerifier::tr("The %1 is not valid JSON: %2 (line %3, "
                                     "column %4).")
                         .arg(partName(part), UntrustedText::forDisplay(error->message, maxQuoted))
                         .arg(error->position.line)
                         .arg(error->position.column));
    }
    if (!object.isObject(0)) {
        return refuseMalformed(verdict, JwtVerifier::tr("The %1 is %2, not a JSON object.")
                                            .arg(partName(part), valueDescription(object, 0)));
    }
    return true;
}

// Turns a decoded segment into compact JSON in place. Websites usually send it compact
// already; otherwise it is written again from its tape.
void makeCompact(QByteArray& decoded, const JsonTape& parsed)
{
    if (parsed.isCompactText())
        return;
    decoded.truncate(0); // the tape holds its own copy of every string
    appendCompactJson(decoded, parsed);
}

// The configured key that a header's kid names, or nullptr.
const PreparedKey* keyNamedBy(const JwtVerifierState& state, const JsonTape& header,
                              const HeaderMembers& members)
{
    if (!members.kid || !header.isString(*members.kid))
        return nullptr;
    return state.findKey(header.text(*members.kid));
}

// The verdict's kid and alg, as QStrings that share the configuration's text when they can:
// an accepted token then costs no allocation for them.
void noteKidAndAlg(const JwtThreadState& thread, JwtVerdict& verdict)
{
    const JsonTape& header = thread.header;
    const HeaderMembers& members = thread.headerMembers;
    if (thread.headerKey)
        verdict.kid = thread.texts.keyIds[thread.headerKey->index];
    else if (members.kid && header.isString(*members.kid))
        verdict.kid = header.qstringText(*members.kid);
    if (members.alg && header.isString(*members.alg)) {
        switch (algorithmNamed(header.text(*members.alg))) {
        case Algorithm::Hs256:
            verdict.alg = JwtAlgorithm::hs256;
            break;
        case Algorithm::Rs256:
            verdict.alg = JwtAlgorithm::rs256;
            break;
        case Algorithm::Invalid:
            verdict.alg = header.qstringText(*members.alg);
            break;
        }
    }
}

// Step 2 for the header: unless it is the thread's last header again, decodes it into the
// thread's tape, finds its members and the key its kid names, and keeps it; then gives the
// verdict its compact JSON.
bool decodeHeader(const JwtVerifierState& state, QByteArrayView text, JwtThreadState& thread,
                  JwtVerdict& verdict)
{
    if (thread.headerText.isEmpty() || text != QByteArrayView(thread.headerText)) {
        thread.headerText.truncate(0);
        if (!decodeObject(text, Part::Header, thread.compactHeader, thread.parser, thread.header,
                          verdict)) {
            return false;
        }
        makeCompact(thread.compactHeader, thread.header);
        thread.headerMembers = findHeaderMembers(thread.header);
        thread.headerKey = keyNamedBy(state, thread.header, thread.headerMembers);
        thread.headerText.append(text);
    }
    verdict.header.append(QByteArrayView(thread.compactHeader));
    return true;
}

// Step 2 whole; fills the decoded header and payload into the thread's tapes, with the members
// found in them, and, as compact JSON, into the verdict, with kid and alg; and the decoded
// signature into the thread's buffer.
std::optional<TokenSegments> decodeToken(const JwtVerifierState& state, QByteArrayView token,
                                         JwtThreadState& thread, JwtVerdict& verdict)
{
    std::optional<TokenSegments> segments = splitToken(token, verdict);
    if (!segments || !decodeHeader(state, segments->header, thread, verdict))
        return std::nullopt;
    noteKidAndAlg(thread, verdict);
    if (!decodeObject(segments->payload, Part::Payload, verdict.payload, thread.parser,
                      thread.payload, verdict)) {
        verdict.payload.truncate(0);
        return std::nullopt;
    }
    makeCompact(verdict.payload, thread.payload);
    thread.payloadMembers = findIdentityMembers(thread.payload);
    if (!base64UrlDecodeInto(segments->signature, thread.signature)) {
        refuseMalformed(verdict, notBase64UrlMessage(Part::Signature));
        return std::nullopt;
    }
    if (thread.headerMembers.crit) {
        refuseMalformed(verdict, JwtVerifier::tr("The header has a \"crit\" member: it lists "
                                                 "extensions that must be understood, and none "
                                                 "is, so the token is refused."));
        return std::nullopt;
    }
    return segments;
}

// Steps 3 to 7: algorithm, type, key ID, key, and that the key is for this algorithm.
// `key` is the configured key that the kid names, if any.
const PreparedKey* checkHeader(const JsonTape& header, const HeaderMembers& members,
                               const PreparedKey* key, JwtVerdict& verdict)
{
    const Member& alg = members.alg;
    if (!alg) {
        refuse(verdict, JwtReason::UnsupportedAlg,
               JwtVerifier::tr("The header has no \"alg\" member; tokens must be signed with "
                               "HS256 or RS256."));
        return nullptr;
    }
    const std::string_view algText = header.isString(*alg) ? header.text(*alg) : "";
    const Algorithm tokenAlgorithm = algorithmNamed(algText);
    if (tokenAlgorithm == Algorithm::Invalid) {
        refuse(verdict, JwtReason::UnsupportedAlg,
               header.isString(*alg) && algText == "none"
                   ? JwtVerifier::tr("The algorithm is \"none\": the token is not signed. Tokens "
                                     "must be signed with HS256 or RS256.")
                   : JwtVerifier::tr("The algorithm \"alg\" is %1; tokens must be signed with "
                                     "HS256 or RS256.")
                         .arg(valueDescription(header, *alg)));
        return nullptr;
    }
    const Member& typ = members.typ;
    if (!typ || !header.isString(*typ) || header.text(*typ) != "JWT") {
        refuse(verdict, JwtReason::InvalidTyp,
               typ ? JwtVerifier::tr("The header's \"typ\" is %1; it must be exactly \"JWT\".")
                         .arg(valueDescription(header, *typ))
                   : JwtVerifier::tr("The header has no \"typ\" member; it must be \"JWT\"."));
        return nullptr;
    }
    const Member& kid = members.kid;
    if (!kid || !header.isString(*kid)) {
        refuse(verdict, JwtReason::MissingKid,
               kid ? JwtVerifier::tr("The header's \"kid\" is %1, not a string naming a "
                                     "configured key.")
                         .arg(valueDescription(header, *kid))
                   : JwtVerifier::tr("The header has no \"kid\" member naming the configured key "
                                     "the token is signed with."));
        return nullptr;
    }
    if (!key) {
        refuse(verdict, JwtReason::UnknownKid,
               JwtVerifier::tr("No configured JWT key has the ID \"%1\"; add the key to the "
                               "configuration or correct the website's kid.")
                   .arg(UntrustedText::forDisplay(*verdict.kid, maxQuoted)));
        return nullptr;
    }
    if (key->kind != tokenAlgorithm) {
        refuse(verdict, JwtReason::AlgKeyMismatch,
               key->kind != Algorithm::Invalid
                   ? JwtVerifier::tr("The token is signed with %1, but the key \"%2\" is "
                                     "configured for %3.")
                         .arg(*verdict.alg, UntrustedText::forDisplay(key->id, maxQuoted),
                              key->algorithm)
                   : JwtVerifier::tr("The key \"%1\" has no valid algorithm in the "
                                     "configuration, so no token can be verified with it.")
                         .arg(UntrustedText::forDisplay(key->id, maxQuoted)));
        return nullptr;
    }
    return key;
}

// Step 8.
bool checkSignature(JwtThreadState& thread, const PreparedKey& key, const TokenSegments& segments,
                    JwtVerdict& verdict)
{
    if (!key.usable) {
        return refuse(verdict, JwtReason::BadSignature,
                      JwtVerifier::tr("The key \"%1\" is unusable, so no signature can be "
                                      "verified with it; correct the key first. %2")
                          .arg(UntrustedText::forDisplay(key.id, maxQuoted), key.problem));
    }
    if (!thread.signatures.verifies(key, segments.signingInput, thread.signature)) {
        return refuse(verdict, JwtReason::BadSignature,
                      JwtVerifier::tr("The signature does not match the key \"%1\": the token "
                                      "was altered, or signed with another key or secret.")
                          .arg(UntrustedText::forDisplay(key.id, maxQuoted)));
    }
    return true;
}

// exp < now + minimumLifetimeSeconds, without overflowing near the ends of qint64.
bool expiresTooSoon(qint64 exp, qint64 now)
{
    if (now > std::numeric_limits<qint64>::max() - JwtVerifier::minimumLifetimeSeconds)
        return true;
    return exp < now + JwtVerifier::minimumLifetimeSeconds;
}

bool checkExpiry(const JsonTape& payload, const IdentityMembers& members, qint64 now,
                 JwtVerdict& verdict)
{
    const Member& exp = members.exp;
    if (!exp) {
        return refuse(verdict, JwtReason::MissingExp,
                      JwtVerifier::tr("The payload has no \"exp\" member; tokens must say when "
                                      "they expire, at least one hour in the future."));
    }
    const std::optional<qint64> expiry = payload.toInteger(*exp);
    if (!expiry) {
        return refuse(verdict, JwtReason::InvalidExp,
                      JwtVerifier::tr("The payload's \"exp\" is %1; it must be an integer number "
                                      "of seconds since 1970-01-01 UTC (Unix time).")
                          .arg(valueDescription(payload, *exp)));
    }
    if (expiresTooSoon(*expiry, now)) {
        return refuse(verdict, JwtReason::ExpTooSoon,
                      *expiry <= now
                          ? JwtVerifier::tr("The token expired at %1, and it is now %2; Engage "
                                            "requires tokens to expire at least one hour from "
                                            "now.")
                                .arg(dateTimeText(*expiry), dateTimeText(now))
                          : JwtVerifier::tr("The token expires at %1, which is less than one hour "
                                            "from now (%2); Engage requires at least one hour.")
                                .arg(dateTimeText(*expiry), dateTimeText(now)));
    }
    return true;
}

// Step 12, shared with non-signed identities.
std::optional<QString> uuidProblem(const JsonTape& identity, const IdentityMembers& members,
                                   Part holder)
{
    if (!identity.isObject(0)) {
        return JwtVerifier::tr("The identity is %1, not a JSON object with a \"uuid\".")
            .arg(valueDescription(identity, 0));
    }
    const Member& uuid = members.uuid;
    if (!uuid)
        return JwtVerifier::tr("The %1 has no \"uuid\" member identifying the visitor.")
            .arg(partName(holder));
    if (!identity.isString(*uuid)) {
        return JwtVerifier::tr("The %1's \"uuid\" is %2; it must be a string identifying the "
                               "visitor.")
            .arg(partName(holder), valueDescription(identity, *uuid));
    }
    if (identity.text(*uuid).empty())
        return JwtVerifier::tr("The %1's \"uuid\" is empty; it must identify the visitor.")
            .arg(partName(holder));
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Mapped fields

// Strings and numbers map as their text; booleans as "true" or "false"; the rest maps nothing.
bool isMappable(JsonValue::Type type)
{
    return type == JsonValue::Type::String || type == JsonValue::Type::Number ||
           type == JsonValue::Type::Bool;
}

// Sets `out` to the text, reusing its storage: ASCII, as mapped values usually are, is widened
// in place; other text goes through Qt's UTF-8 decoder.
void setText(QString& out, std::string_view utf8)
{
    const bool ascii =
        std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<uchar>(c) < 0x80; });
    if (!ascii) {
        out = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
        return;
    }
    out.resize(static_cast<qsizetype>(utf8.size()));
    QChar* unit = out.data();
    for (const char c : utf8)
        *unit++ = QLatin1Char(c);
}

void setMappedText(const JsonTape& identity, JsonTape::Index value, QString& out)
{
    if (identity.type(value) == JsonValue::Type::Bool)
        setText(out, identity.toBool(value) ? "true" : "false");
    else
        setText(out, identity.text(value));
}

// Fills `fields` with the identity's mapped fields. The elements an earlier token left are
// written over, strings and all, so that a run of accepted tokens allocates nothing here. When
// two rows write the same field, the later row's value replaces the earlier one in place.
void mapFields(const std::vector<PreparedMappingRow>& mapping, const VerdictTexts& texts,
               const JsonTape& identity, const IdentityMembers& members, MappedFields& fields,
               std::vector<JsonTape::Index>& namedExtraValues)
{
    const Member& extraValues = members.extraValues;
    namedExtraValues.clear();
    qsizetype count = 0;
    for (std::size_t index = 0; index < mapping.size(); ++index) {
        const PreparedMappingRow& row = mapping[index];
        const bool isUuid = row.key == "uuid";
        const Member value = isUuid        ? members.uuid
                             : extraValues ? identity.member(*extraValues, row.key)
                                           : std::nullopt;
        if (value && !isUuid)
            namedExtraValues.push_back(*value);
        if (!value || !isMappable(identity.type(*value)))
            continue;
        const QString& name = texts.fieldNames[index];
        qsizetype slot = 0;
        while (slot < count && fields[slot].field != name)
            ++slot;
        if (slot == count) {
            if (count == fields.size())
                fields.append(MappedField{});
            ++count;
            if (!fields[slot].field.isSharedWith(name))
                fields[slot].field = name;
        }
        setMappedText(identity, *value, fields[slot].value);
    }
    fields.resize(count);
}

// ---------------------------------------------------------------------------------------------

// Empties a verdict for the next token, keeping the storage of its texts. Its mapped fields are
// left for mapFields, which writes over them.
void clearVerdict(JwtVerdict& verdict)
{
    verdict.accepted = false;
    verdict.reason.reset();
    verdict.message.clear();
    verdict.kid.reset();
    verdict.alg.reset();
    verdict.header.truncate(0);
    verdict.payload.truncate(0);
}

// The checks of SPEC §4 in their order; false after recording the first that fails.
bool passesEveryCheck(const JwtVerifierState& state, JwtThreadState& thread, QByteArrayView token,
                      qint64 now, JwtVerdict& verdict)
{
    if (state.mode == Mode::Reject || state.mode == Mode::Invalid) {
        return refuse(verdict, JwtReason::SignedIdentitiesRejected,
                      modeRefusalMessage(state.mode, state.modeText));
    }
    const std::optional<TokenSegments> segments = decodeToken(state, token, thread, verdict);
    if (!segments)
        return false;
    const PreparedKey* key =
        checkHeader(thread.header, thread.headerMembers, thread.headerKey, verdict);
    if (!key || !checkSignature(thread, *key, *segments, verdict) ||
        !checkExpiry(thread.payload, thread.payloadMembers, now, verdict)) {
        return false;
    }
    if (const std::optional<QString> problem =
            uuidProblem(thread.payload, thread.payloadMembers, Part::Payload)) {
        return refuse(verdict, JwtReason::MissingUuid, *problem);
    }
    return true;
}

void verifyWithoutHints(const JwtVerifierState& state, JwtThreadState& thread, QByteArrayView token,
                        qint64 now, JwtVerdict& verdict)
{
    clearVerdict(verdict);
    verdict.accepted = passesEveryCheck(state, thread, token, now, verdict);
    if (verdict.accepted) {
        mapFields(state.mapping, thread.texts, thread.payload, thread.payloadMembers,
                  verdict.mappedFields, thread.namedExtraValues);
    } else {
        verdict.mappedFields.clear();
    }
}

// `namedExtraValues`: those mapFields found, when it ran (accepted identities only).
JwtHintIdentity hintIdentity(const JsonTape& identity, const IdentityMembers& members,
                             const std::vector<JsonTape::Index>* namedExtraValues)
{
    return {identity,     members.exp,         members.iat,
            members.uuid, members.extraValues, namedExtraValues};
}

// The hook of the hint engine (jwt_hints.h): hands it what the checks found in the token, in
// the SPEC order of the hints. Signatures are tried again only on bad_signature.
void addHints(const JwtVerifierState& state, JwtThreadState& thread, QByteArrayView token,
              qint64 now, JwtVerdict& verdict)
{
    verdict.hints.clear();
    const JwtHintEngine& engine = *state.hints;
    const bool payloadDecoded = !verdict.payload.isEmpty(); // then thread.payload holds it
    const JwtHintIdentity payload =
        hintIdentity(thread.payload, thread.payloadMembers,
                     verdict.accepted ? &thread.namedExtraValues : nullptr);
    if (verdict.reason == JwtReason::UnknownKid && verdict.kid)
        engine.addKidHints(*verdict.kid, verdict.hints);
    if (verdict.reason == JwtReason::MissingKid && payloadDecoded)
        engine.addKidInPayloadHint(payload, verdict.hints);
    if (verdict.reason == JwtReason::BadSignature && thread.headerKey) {
        const QByteArrayView signingInput = token.first(token.lastIndexOf('.'));
        const Algorithm algorithm = thread.headerKey->kind;
        engine.addSignatureHints(
            thread.headerKey->index, signingInput, thread.signature,
            [&state, &thread, signingInput, algorithm](std::size_t index) {
                const PreparedKey& key = state.keys[index];
                return key.usable && key.kind == algorithm &&
                       thread.signatures.verifies(key, signingInput, thread.signature);
            },
            verdict.hints);
    }
    if (payloadDecoded) {
        engine.addPayloadHints(payload, verdict.reason, now, thread.hintScratch, verdict.hints);
    }
    // Last, as verifying the unwrapped token reuses the thread's tapes. Its hint comes first,
    // then the hints of the unwrapped token itself, which reached the checks the wrapped one
    // did not: "Bearer " before a token signed with the hex-decoded secret is told both.
    if (verdict.reason == JwtReason::MalformedToken && token.size() <= JwtVerifier::maxTokenSize) {
        if (const auto unwrapped = JwtHintEngine::unwrap(token)) {
            JwtVerdict cleaned;
            verifyWithoutHints(state, thread, unwrapped->token, now, cleaned);
            if (cleaned.reason != JwtReason::MalformedToken) {
                addHints(state, thread, unwrapped->token, now, cleaned); // never malformed
                verdict.hints = std::move(cleaned.hints);
                verdict.hints.prepend(JwtHintEngine::tokenWrapped(*unwrapped, cleaned));
            }
        }
    }
}

void verifyToken(const JwtVerifierState& state, JwtThreadState& thread, QByteArrayView token,
                 qint64 now, JwtVerdict& verdict)
{
    verifyWithoutHints(state, thread, token, now, verdict);
    addHints(state, thread, token, now, verdict);
}

std::vector<PreparedMappingRow> prepareMapping(const QList<MappingRow>& mapping)
{
    std::vector<PreparedMappingRow> prepared;
    prepared.reserve(static_cast<std::size_t>(mapping.size()));
    for (const MappingRow& row : mapping)
        prepared.push_back(PreparedMappingRow{utf8Of(row.key), row.field});
    return prepared;
}

} // namespace

JwtVerifier::JwtVerifier(const CommunityConfig& config)
{
    auto state = std::make_unique<JwtVerifierState>();
    state->mode = modeOf(config.signedIdentities);
    state->modeText = config.signedIdentities;
    state->keys = prepareKeys(config.jwtKeys);
    state->mapping = prepareMapping(config.extraValuesMapping);
    state->hints = std::make_unique<const JwtHintEngine>(config);
    state->hmac.reset(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    state->sha256.reset(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    m_state = std::move(state);
}

JwtVerifier::~JwtVerifier() = default;

JwtVerdict JwtVerifier::verify(QByteArrayView token, qint64 nowUnixSeconds) const
{
    JwtThreadState thread(*m_state);
    JwtVerdict verdict;
    verifyToken(*m_state, thread, token, nowUnixSeconds, verdict);
    return verdict;
}

IdentityVerdict JwtVerifier::checkIdentity(const JsonValue& identity) const
{
    IdentityVerdict verdict;
    if (m_state->mode == Mode::Require || m_state->mode == Mode::Invalid) {
        verdict.reason = JwtReason::SignedIdentityRequired;
        verdict.message = modeRefusalMessage(m_state->mode, m_state->modeText);
        return verdict;
    }
    // A token's payload is read from a tape, so the identity goes onto one too, to be read by
    // the same rules. A tree that the parser made always parses back, at any depth; one built
    // in code may not (a name given twice, say), and then nothing in it can be trusted.
    JsonTape tape;
    if (const std::optional<JsonParseError> error = parseJson(
            toCompactJson(identity), tape, JsonParseOptions{std::numeric_limits<int>::max()})) {
        verdict.reason = JwtReason::MissingUuid;
        verdict.message = JwtVerifier::tr("The identity is not valid JSON (%1), so it has no "
                                          "\"uuid\" that can be read.")
                              .arg(error->message);
        return verdict;
    }
    const IdentityMembers members = findIdentityMembers(tape);
    std::vector<JsonTape::Index> namedExtraValues;
    if (const std::optional<QString> problem = uuidProblem(tape, members, Part::Identity)) {
        verdict.reason = JwtReason::MissingUuid;
        verdict.message = *problem;
    } else {
        verdict.accepted = true;
        mapFields(m_state->mapping, VerdictTexts(*m_state), tape, members, verdict.mappedFields,
                  namedExtraValues);
    }
    if (tape.isObject(0)) {
        JwtHintScratch scratch;
        m_state->hints->addIdentityHints(
            hintIdentity(tape, members, verdict.accepted ? &namedExtraValues : nullptr),
            verdict.reason, scratch, verdict.hints);
    }
    return verdict;
}

JwtInspection JwtVerifier::inspect(QByteArrayView token)
{
    // Verification's own decoding steps, each reporting into a verdict of its own.
    JwtInspection inspection;
    JwtVerdict shape;
    JwtVerdict header;
    JwtVerdict payload;
    JwtVerdict signature;
    if (const std::optional<TokenSegments> segments = splitToken(token, shape)) {
        QByteArray buffer;
        JsonTapeParser parser;
        JsonTape decoded;
        if (decodeObject(segments->header, Part::Header, buffer, parser, decoded, header))
            inspection.header = decoded.toJsonValue();
        if (decodeObject(segments->payload, Part::Payload, buffer, parser, decoded, payload))
            inspection.payload = decoded.toJsonValue();
        if (!isBase64Url(segments->signature))
            refuseMalformed(signature, notBase64UrlMessage(Part::Signature));
    }
    for (const JwtVerdict* step : {&shape, &header, &payload, &signature}) {
        if (step->reason) {
            inspection.problem = step->message;
            break;
        }
    }
    return inspection;
}

JwtVerifier::Session::Session(const JwtVerifier& verifier)
    : m_state(*verifier.m_state), m_thread(std::make_unique<JwtThreadState>(m_state))
{
}

JwtVerifier::Session::~Session() = default;

void JwtVerifier::Session::verify(QByteArrayView token, qint64 nowUnixSeconds, JwtVerdict& verdict)
{
    verifyToken(m_state, *m_thread, token, nowUnixSeconds, verdict);
}

} // namespace engage
