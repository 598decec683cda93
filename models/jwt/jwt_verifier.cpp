#include "jwt/jwt_verifier.h"

#include "json/json_parser.h"
#include "json/json_writer.h"
#include "jwt/base64url.h"
#include "jwt/identity_mapping.h"
#include "jwt/jwt_hints.h"
#include "jwt/jwt_prepared_state.h"
#include "jwt/jwt_refusal_texts.h"
#include "jwt/jwt_thread_state.h"
#include "jwt/verifier_preparation.h"
#include "text/untrusted_text.h"

#include <limits>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace engage {

// The checks and their order live here, with the per-token path they call (decoding, the kept
// header, the hint hook): what runs for every token stays in one translation unit.

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
// The checks of docs/jwt.md. Each step returns false after recording the reason in the verdict.

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

// Step 2, the contents: a segment that decodes to a UTF-8 JSON object without duplicates.
bool decodeObject(QByteArrayView segment, TokenPart part, QByteArray& buffer,
                  JsonTapeParser& parser, JsonTape& object, JwtVerdict& verdict)
{
    if (!base64UrlDecodeInto(segment, buffer))
        return refuseMalformed(verdict, notBase64UrlMessage(part));
    if (const std::optional<JsonParseError> error = parser.parse(buffer, object)) {
        JsonParseError shown = *error; // its detail may quote the token's bytes
        shown.message = UntrustedText::forDisplay(error->message, maxQuoted);
        return refuseMalformed(verdict, notValidJsonMessage(partSubject(part), shown));
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
        case KeyAlgorithm::Hs256:
            verdict.alg = JwtAlgorithm::hs256;
            break;
        case KeyAlgorithm::Rs256:
            verdict.alg = JwtAlgorithm::rs256;
            break;
        case KeyAlgorithm::Invalid:
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
        if (!decodeObject(text, TokenPart::Header, thread.compactHeader, thread.parser,
                          thread.header, verdict)) {
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
    if (!decodeObject(segments->payload, TokenPart::Payload, verdict.payload, thread.parser,
                      thread.payload, verdict)) {
        verdict.payload.truncate(0);
        return std::nullopt;
    }
    makeCompact(verdict.payload, thread.payload);
    thread.payloadMembers = findIdentityMembers(thread.payload);
    if (!base64UrlDecodeInto(segments->signature, thread.signature)) {
        refuseMalformed(verdict, notBase64UrlMessage(TokenPart::Signature));
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
    const TapeMember& alg = members.alg;
    if (!alg) {
        refuse(verdict, JwtReason::UnsupportedAlg,
               JwtVerifier::tr("The header has no \"alg\" member; tokens must be signed with "
                               "HS256 or RS256."));
        return nullptr;
    }
    const std::string_view algText = header.isString(*alg) ? header.text(*alg) : "";
    const KeyAlgorithm tokenAlgorithm = algorithmNamed(algText);
    if (tokenAlgorithm == KeyAlgorithm::Invalid) {
        refuse(verdict, JwtReason::UnsupportedAlg,
               header.isString(*alg) && algText == "none"
                   ? JwtVerifier::tr("The algorithm is \"none\": the token is not signed. Tokens "
                                     "must be signed with HS256 or RS256.")
                   : JwtVerifier::tr("The algorithm \"alg\" is %1; tokens must be signed with "
                                     "HS256 or RS256.")
                         .arg(valueDescription(header, *alg)));
        return nullptr;
    }
    const TapeMember& typ = members.typ;
    if (!typ || !header.isString(*typ) || header.text(*typ) != "JWT") {
        refuse(verdict, JwtReason::InvalidTyp,
               typ ? JwtVerifier::tr("The header's \"typ\" is %1; it must be exactly \"JWT\".")
                         .arg(valueDescription(header, *typ))
                   : JwtVerifier::tr("The header has no \"typ\" member; it must be \"JWT\"."));
        return nullptr;
    }
    const TapeMember& kid = members.kid;
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
               key->kind != KeyAlgorithm::Invalid
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
    const TapeMember& exp = members.exp;
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
                                   TokenPart holder)
{
    if (!identity.isObject(0)) {
        return JwtVerifier::tr("The identity is %1, not a JSON object with a \"uuid\".")
            .arg(valueDescription(identity, 0));
    }
    const TapeMember& uuid = members.uuid;
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

// The checks of docs/jwt.md in their order; false after recording the first that fails.
bool passesEveryCheck(const JwtVerifierState& state, JwtThreadState& thread, QByteArrayView token,
                      qint64 now, JwtVerdict& verdict)
{
    if (state.mode == SignedIdentitiesMode::Reject || state.mode == SignedIdentitiesMode::Invalid) {
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
            uuidProblem(thread.payload, thread.payloadMembers, TokenPart::Payload)) {
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
// docs/jwt.md's order of the hints. Signatures are tried again only on bad_signature.
void addHints(const JwtVerifierState& state, JwtThreadState& thread, QByteArrayView token,
              qint64 now, JwtVerdict& verdict)
{
    verdict.hints.clear();
    const JwtHintEngine& engine = *state.hints;
    if (verdict.accepted) { // most tokens: the shortest way
        engine.addAcceptedHints(
            hintIdentity(thread.payload, thread.payloadMembers, &thread.namedExtraValues), now,
            thread.hintScratch, verdict.hints);
        return;
    }
    const bool payloadDecoded = !verdict.payload.isEmpty(); // then thread.payload holds it
    const JwtHintIdentity payload = hintIdentity(thread.payload, thread.payloadMembers, nullptr);
    if (verdict.reason == JwtReason::UnknownKid && verdict.kid)
        engine.addKidHints(*verdict.kid, verdict.hints);
    if (verdict.reason == JwtReason::MissingKid && payloadDecoded)
        engine.addKidInPayloadHint(payload, verdict.hints);
    if (verdict.reason == JwtReason::BadSignature && thread.headerKey) {
        const QByteArrayView signingInput = token.first(token.lastIndexOf('.'));
        const KeyAlgorithm algorithm = thread.headerKey->kind;
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

} // namespace

JwtVerifier::JwtVerifier(const CommunityConfig& config) : m_state(prepareVerifierState(config)) {}

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
    if (m_state->mode == SignedIdentitiesMode::Require ||
        m_state->mode == SignedIdentitiesMode::Invalid) {
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
    if (const std::optional<QString> problem = uuidProblem(tape, members, TokenPart::Identity)) {
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
        if (decodeObject(segments->header, TokenPart::Header, buffer, parser, decoded, header))
            inspection.header = decoded.toJsonValue();
        if (decodeObject(segments->payload, TokenPart::Payload, buffer, parser, decoded, payload))
            inspection.payload = decoded.toJsonValue();
        if (!isBase64Url(segments->signature))
            refuseMalformed(signature, notBase64UrlMessage(TokenPart::Signature));
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
