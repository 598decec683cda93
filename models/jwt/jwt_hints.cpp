#include "jwt/jwt_hints.h"

#include "config/config_validator.h"
#include "config/visitor_uuid_key.h"
#include "crypto/openssl_handles.h"
#include "text/untrusted_text.h"

#include <QLocale>
#include <QtNumeric>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <numeric>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

// Regexes are matched on the payload's own UTF-8 text, with PCRE2's 8-bit library in UTF mode
// (the syntax and meaning QRegularExpression gives them): no QString per token.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace engage {

namespace {

struct Pcre2CodeDeleter
{
    void operator()(pcre2_code* code) const { pcre2_code_free(code); }
};
struct Pcre2MatchDataDeleter
{
    void operator()(pcre2_match_data* data) const { pcre2_match_data_free(data); }
};
struct Pcre2MatchContextDeleter
{
    void operator()(pcre2_match_context* context) const { pcre2_match_context_free(context); }
};
using Pcre2CodePtr = std::unique_ptr<pcre2_code, Pcre2CodeDeleter>;
using Pcre2MatchDataPtr = std::unique_ptr<pcre2_match_data, Pcre2MatchDataDeleter>;
using Pcre2MatchContextPtr = std::unique_ptr<pcre2_match_context, Pcre2MatchContextDeleter>;

// A regex that backtracks without end (say "(a+)+$") must not stall the verification of a log
// of tokens: past this many backtracking steps, a match gives up and no hint is given.
constexpr uint32_t regexMatchLimit = 100000;

// Untrusted text quoted in a hint is cut to this.
constexpr qsizetype maxQuotedInHint = 40;
// The near-miss results a thread remembers for extra_values keys that no row names.
constexpr std::size_t nearMissCacheSize = 64;

// How an HS256 secret may have been mangled on its way into the website's JWT library.
enum class Alteration { HexDecoded, Base64Decoded, TrailingLineBreak, UpperCase, WhiteSpace };

struct SecretVariant
{
    QByteArray bytes;
    Alteration alteration;
};

} // namespace

struct PreparedHintKey
{
    QString id;
    QString algorithm;
    std::vector<SecretVariant> variants; // valid HS256 keys only
};

struct PreparedHintRow
{
    std::string key;        // UTF-8, as token member names are
    std::string normalized; // lower case, without '_' and '-'
    QString keyText;
    QString field;
    bool isUuid = false; // the key "uuid" maps the identity's own uuid
};

struct FieldRegex
{
    QString field; // "custom_field:KEY", as mapped fields name it
    QString pattern;
    Pcre2CodePtr code;
    bool jit = false;
};

// A mapping row whose destination field has a regex.
struct RowRegex
{
    std::string key;       // UTF-8
    bool isUuid = false;   // the key "uuid" maps the payload's own uuid
    std::size_t regex = 0; // in JwtHintEngineState::regexes
};

struct JwtHintEngineState
{
    std::vector<PreparedHintKey> keys;
    std::vector<PreparedHintRow> rows;
    // No two rows share a key, so the values the mapping found are as many as the rows that
    // found one.
    bool distinctRowKeys = true;
    std::size_t extraValueRows = 0; // the rows whose key is not "uuid"
    bool hasUuidRow = false;
    std::vector<FieldRegex> regexes;
    std::vector<RowRegex> rowRegexes; // in mapping order
    Pcre2MatchContextPtr matchContext;
};

struct JwtHintScratchState
{
    Pcre2MatchDataPtr matchData; // made on the first match
    // Extra values keys no row names, with the rows each is a near miss of (none, mostly):
    // the tokens of one website carry the same keys, so each is compared with the rows once.
    std::vector<std::pair<std::string, std::vector<std::size_t>>> nearMisses;
    std::size_t nextNearMissSlot = 0;
};

JwtHintScratch::JwtHintScratch() : m_state(std::make_unique<JwtHintScratchState>()) {}
JwtHintScratch::~JwtHintScratch() = default;

namespace {

std::string normalizedKey(std::string_view key)
{
    std::string normalized;
    normalized.reserve(key.size());
    for (const char c : key) {
        if (c == '_' || c == '-')
            continue;
        normalized.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return normalized;
}

// Whether a and b are a near miss: a Levenshtein distance (in bytes) of two edits or fewer, and
// smaller than the shorter one's length, since edits that replace all of a key make no typo
// ("os" against "id"). Stops as soon as every cell of a row is over it.
bool withinEdits(std::string_view a, std::string_view b)
{
    const auto shorter = static_cast<std::ptrdiff_t>(std::min(a.size(), b.size()));
    const auto maxEdits = std::min<std::ptrdiff_t>(2, shorter - 1);
    const auto lengthGap =
        static_cast<std::ptrdiff_t>(a.size()) - static_cast<std::ptrdiff_t>(b.size());
    if (maxEdits <= 0 || std::abs(lengthGap) > maxEdits)
        return false;
    std::vector<std::ptrdiff_t> previous(b.size() + 1);
    std::vector<std::ptrdiff_t> current(b.size() + 1);
    std::iota(previous.begin(), previous.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<std::ptrdiff_t>(i);
        std::ptrdiff_t rowMinimum = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::ptrdiff_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            rowMinimum = std::min(rowMinimum, current[j]);
        }
        if (rowMinimum > maxEdits)
            return false;
        std::swap(previous, current);
    }
    return previous[b.size()] <= maxEdits;
}

bool isValidKey(const JwtKey& key)
{
    const Diagnostics diagnostics = ConfigValidator::validateKey(key, true);
    return std::none_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& diagnostic) {
        return diagnostic.severity() == Severity::Error;
    });
}

// The ways a website is likely to have passed a secret to its JWT library instead of as the
// secret's own characters.
std::vector<SecretVariant> secretVariants(const QString& secret)
{
    const QByteArray bytes = secret.toUtf8();
    std::vector<SecretVariant> variants{
        {QByteArray::fromHex(bytes), Alteration::HexDecoded},
        {QByteArray::fromBase64(bytes), Alteration::Base64Decoded},
        {bytes + '\n', Alteration::TrailingLineBreak},
        {bytes + "\r\n", Alteration::TrailingLineBreak},
        {' ' + bytes, Alteration::WhiteSpace},
        {bytes + ' ', Alteration::WhiteSpace},
        {' ' + bytes + ' ', Alteration::WhiteSpace},
    };
    if (bytes.toUpper() != bytes) // a secret of digits only has no capitals
        variants.push_back({bytes.toUpper(), Alteration::UpperCase});
    return variants;
}

std::vector<PreparedHintKey> prepareHintKeys(const QList<JwtKey>& keys)
{
    std::vector<PreparedHintKey> prepared;
    prepared.reserve(static_cast<std::size_t>(keys.size()));
    for (const JwtKey& key : keys) {
        PreparedHintKey entry{key.id, key.algorithm, {}};
        if (key.algorithm == JwtAlgorithm::hs256 && key.secret && isValidKey(key))
            entry.variants = secretVariants(*key.secret);
        prepared.push_back(std::move(entry));
    }
    return prepared;
}

std::vector<PreparedHintRow> prepareRows(const QList<MappingRow>& mapping)
{
    std::vector<PreparedHintRow> rows;
    rows.reserve(static_cast<std::size_t>(mapping.size()));
    for (const MappingRow& row : mapping) {
        const std::string key = row.key.toStdString();
        rows.push_back({key, normalizedKey(key), row.key, row.field, isVisitorUuidKey(row.key)});
    }
    return rows;
}

// The regexes of the custom fields that a row maps to, compiled once; one that does not compile
// (custom_field_regex_invalid) is left out.
std::vector<FieldRegex> prepareRegexes(const CommunityConfig& config)
{
    std::vector<FieldRegex> regexes;
    for (const CustomField& customField : config.customFields) {
        if (!customField.regex || customField.regex->isEmpty())
            continue;
        const QString field = QStringLiteral("custom_field:") + customField.key;
        const bool mapped =
            std::any_of(config.extraValuesMapping.begin(), config.extraValuesMapping.end(),
                        [&field](const MappingRow& row) { return row.field == field; });
        const bool seen = std::any_of(regexes.begin(), regexes.end(),
                                      [&field](const auto& regex) { return regex.field == field; });
        if (!mapped || seen)
            continue;
        int error = 0;
        PCRE2_SIZE errorOffset = 0;
        const QByteArray pattern = customField.regex->toUtf8();
        Pcre2CodePtr code(pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.constData()),
                                        static_cast<PCRE2_SIZE>(pattern.size()), PCRE2_UTF, &error,
                                        &errorOffset, nullptr));
        if (!code)
            continue;
        const bool jit = pcre2_jit_compile(code.get(), PCRE2_JIT_COMPLETE) == 0;
        regexes.push_back({field, *customField.regex, std::move(code), jit});
    }
    return regexes;
}

std::vector<RowRegex> prepareRowRegexes(const QList<MappingRow>& mapping,
                                        const std::vector<FieldRegex>& regexes)
{
    std::vector<RowRegex> rows;
    for (const MappingRow& row : mapping) {
        for (std::size_t index = 0; index < regexes.size(); ++index) {
            if (regexes[index].field == row.field)
                rows.push_back({row.key.toStdString(), isVisitorUuidKey(row.key), index});
        }
    }
    return rows;
}

// HMAC-SHA256 of `input` under `key` equals `signature`, compared in constant time.
bool hmacMatches(EVP_MAC* mac, QByteArrayView key, QByteArrayView input, QByteArrayView signature)
{
    if (mac == nullptr || key.isEmpty() || static_cast<std::size_t>(signature.size()) != sha256Size)
        return false;
    char digestName[] = "SHA256";
    const std::array<OSSL_PARAM, 2> parameters{
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
        OSSL_PARAM_construct_end()};
    EvpMacCtxPtr context(EVP_MAC_CTX_new(mac));
    std::array<unsigned char, sha256Size> computed{};
    std::size_t computedSize = 0;
    if (!context ||
        EVP_MAC_init(context.get(), reinterpret_cast<const unsigned char*>(key.data()),
                     static_cast<std::size_t>(key.size()), parameters.data()) != 1 ||
        EVP_MAC_update(context.get(), reinterpret_cast<const unsigned char*>(input.data()),
                       static_cast<std::size_t>(input.size())) != 1 ||
        EVP_MAC_final(context.get(), computed.data(), &computedSize, computed.size()) != 1 ||
        computedSize != sha256Size) {
        return false;
    }
    return CRYPTO_memcmp(computed.data(), signature.data(), sha256Size) == 0;
}

QString escapedForHint(QStringView text)
{
    return UntrustedText::forDisplay(text, maxQuotedInHint);
}

QString escapedUtf8ForHint(std::string_view text)
{
    return escapedForHint(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
}

// a - b, or nothing when it overflows (exp and iat may be any integer).
std::optional<qint64> difference(qint64 a, qint64 b)
{
    qint64 result = 0;
    if (qSubOverflow(a, b, &result))
        return std::nullopt;
    return result;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool startsWithBearer(QByteArrayView text)
{
    constexpr QByteArrayView bearer("bearer");
    return text.size() > bearer.size() && isSpace(text[bearer.size()]) &&
           qstrnicmp(text.data(), bearer.size(), bearer.data(), bearer.size()) == 0;
}

bool isQuote(char c)
{
    return c == '"' || c == '\'';
}

// Whether the exp may be over maxPlausibleExp, from its text alone: JSON writes an integer
// without leading zeros, so such an exp has 12 digits or more, and the accepted path converts
// no other.
bool expMayBeMilliseconds(const JwtHintIdentity& payload)
{
    return payload.exp && payload.tape.text(*payload.exp).size() >= 12;
}

} // namespace

JwtHintEngine::JwtHintEngine(const CommunityConfig& config)
{
    auto state = std::make_unique<JwtHintEngineState>();
    state->keys = prepareHintKeys(config.jwtKeys);
    state->rows = prepareRows(config.extraValuesMapping);
    std::vector<std::string_view> rowKeys;
    for (const PreparedHintRow& row : state->rows)
        rowKeys.push_back(row.key);
    std::sort(rowKeys.begin(), rowKeys.end());
    state->distinctRowKeys = std::adjacent_find(rowKeys.begin(), rowKeys.end()) == rowKeys.end();
    const auto uuidRows =
        std::size_t(std::count_if(state->rows.begin(), state->rows.end(),
                                  [](const PreparedHintRow& row) { return row.isUuid; }));
    state->hasUuidRow = uuidRows > 0;
    state->extraValueRows = state->rows.size() - uuidRows;
    state->regexes = prepareRegexes(config);
    state->rowRegexes = prepareRowRegexes(config.extraValuesMapping, state->regexes);
    state->matchContext.reset(pcre2_match_context_create(nullptr));
    if (state->matchContext)
        pcre2_set_match_limit(state->matchContext.get(), regexMatchLimit);
    m_state = std::move(state);
}

JwtHintEngine::~JwtHintEngine() = default;

std::optional<JwtHintEngine::UnwrappedToken> JwtHintEngine::unwrap(QByteArrayView token)
{
    bool urlEncoded = false;
    bool bearer = false;
    bool quotes = false;
    bool whiteSpace = false;
    QByteArray text = token.toByteArray();
    if (text.contains('%')) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(text);
        urlEncoded = decoded != text;
        text = decoded;
    }
    // Layers come in any order ("Bearer \"...\"", "\"Bearer ...\""): peel until none is left.
    QByteArrayView rest(text);
    for (bool peeled = true; peeled;) {
        peeled = false;
        const QByteArrayView trimmed = rest.trimmed();
        if (trimmed.size() != rest.size()) {
            whiteSpace = true;
            rest = trimmed;
        }
        if (startsWithBearer(rest)) {
            bearer = peeled = true;
            rest = rest.sliced(6).trimmed(); // the space after "Bearer" is part of the prefix
        }
        if (rest.size() >= 2 && isQuote(rest.front()) && rest.back() == rest.front()) {
            quotes = peeled = true;
            rest = rest.sliced(1, rest.size() - 2);
        }
    }
    QByteArray cleaned;
    cleaned.reserve(rest.size());
    for (const char c : rest) {
        if (isSpace(c))
            whiteSpace = true;
        else
            cleaned.append(c);
    }
    if (cleaned.isEmpty() || cleaned == token)
        return std::nullopt;
    UnwrappedToken unwrapped{cleaned, {}};
    if (urlEncoded)
        unwrapped.removed << tr("URL encoding");
    if (bearer)
        unwrapped.removed << tr("a \"Bearer \" prefix");
    if (quotes)
        unwrapped.removed << tr("quotes");
    if (whiteSpace)
        unwrapped.removed << tr("white space or line breaks");
    return unwrapped;
}

JwtHint JwtHintEngine::tokenWrapped(const UnwrappedToken& unwrapped, const JwtVerdict& cleaned)
{
    const QString wrapping = QLocale().createSeparatedList(unwrapped.removed);
    if (cleaned.accepted) {
        return {JwtHintCode::TokenWrapped,
                tr("The token is wrapped in extra characters (%1). Once they are removed it is "
                   "accepted: pass on the bare token, header.payload.signature, and nothing "
                   "else.")
                    .arg(wrapping)};
    }
    return {JwtHintCode::TokenWrapped,
            tr("The token is wrapped in extra characters (%1). Once they are removed it is still "
               "refused (%2): %3 Pass on the bare token, header.payload.signature, and correct "
               "that.")
                .arg(wrapping, jwtReasonName(*cleaned.reason), cleaned.message)};
}

void JwtHintEngine::addKidHints(const QString& kid, JwtHints& hints) const
{
    const QString trimmed = kid.trimmed();
    for (const PreparedHintKey& key : m_state->keys) {
        if (!key.id.isEmpty() && trimmed.compare(key.id, Qt::CaseInsensitive) == 0) {
            hints.append({JwtHintCode::KidCase,
                          tr("The kid \"%1\" differs from the configured key ID \"%2\" only in "
                             "capitals or surrounding white space, and key IDs are compared "
                             "exactly; set the website's kid to \"%2\".")
                              .arg(escapedForHint(kid), escapedForHint(key.id))});
            return;
        }
    }
}

void JwtHintEngine::addKidInPayloadHint(const JwtHintIdentity& payload, JwtHints& hints)
{
    if (!payload.tape.member(0, "kid"))
        return;
    hints.append({JwtHintCode::KidInPayload,
                  tr("The payload has a \"kid\" member, but the key ID belongs in the header; "
                     "pass it to the JWT library as a header (for example the keyid option of "
                     "jsonwebtoken, or headers={\"kid\": ...} in PyJWT).")});
}

void JwtHintEngine::addSignatureHints(std::size_t keyIndex, QByteArrayView signingInput,
                                      QByteArrayView signature,
                                      const std::function<bool(std::size_t)>& verifiesWithKey,
                                      JwtHints& hints) const
{
    const std::vector<PreparedHintKey>& keys = m_state->keys;
    if (keyIndex >= keys.size())
        return;
    const PreparedHintKey& named = keys[keyIndex];
    for (std::size_t index = 0; index < keys.size(); ++index) {
        const PreparedHintKey& other = keys[index];
        if (index == keyIndex || other.id == named.id || other.algorithm != named.algorithm ||
            !verifiesWithKey(index)) {
            continue;
        }
        hints.append({JwtHintCode::SignedWithOtherKey,
                      tr("The signature verifies with the key \"%1\", not with the key \"%2\" "
                         "that the header's kid names: the website signs with one key and names "
                         "another. Set the kid to \"%1\", or sign with the key \"%2\".")
                          .arg(escapedForHint(other.id), escapedForHint(named.id))});
    }
    // Fetched here, on bad_signature only: a first fetch loads OpenSSL's provider tables, which
    // the workbench's verifier, made again on each edit, would otherwise pay for every time.
    const EvpMacPtr hmac(named.variants.empty() ? nullptr
                                                : EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    bool altered = false;
    for (const SecretVariant& variant : named.variants) {
        if (!hmacMatches(hmac.get(), variant.bytes, signingInput, signature))
            continue;
        const QString id = escapedForHint(named.id);
        switch (variant.alteration) {
        case Alteration::HexDecoded:
            hints.append({JwtHintCode::SecretHexDecoded,
                          tr("The token is signed with the 12 bytes that the secret of the key "
                             "\"%1\" gives when hex-decoded. The HMAC key is the secret's own 24 "
                             "characters: pass the secret to the JWT library as text, without "
                             "decoding it.")
                              .arg(id)});
            break;
        case Alteration::Base64Decoded:
            hints.append({JwtHintCode::SecretBase64Decoded,
                          tr("The token is signed with the bytes that the secret of the key "
                             "\"%1\" gives when base64-decoded. The HMAC key is the secret's own "
                             "24 characters: pass the secret to the JWT library as text, without "
                             "decoding it.")
                              .arg(id)});
            break;
        case Alteration::TrailingLineBreak:
        case Alteration::UpperCase:
        case Alteration::WhiteSpace:
            if (altered)
                break;
            altered = true;
            hints.append({JwtHintCode::SecretAltered,
                          (variant.alteration == Alteration::TrailingLineBreak
                               ? tr("The token is signed with the secret of the key \"%1\" "
                                    "followed by a line break, as read from a file or an "
                                    "environment variable. Remove the line break: the HMAC key "
                                    "is the secret's 24 characters exactly.")
                           : variant.alteration == Alteration::UpperCase
                               ? tr("The token is signed with the secret of the key \"%1\" in "
                                    "capitals. Use it in lower case: the HMAC key is the "
                                    "secret's 24 characters exactly.")
                               : tr("The token is signed with the secret of the key \"%1\" with "
                                    "white space around it. Remove the white space: the HMAC key "
                                    "is the secret's 24 characters exactly."))
                              .arg(id)});
            break;
        }
    }
}

void JwtHintEngine::addPayloadHints(const JwtHintIdentity& payload,
                                    const std::optional<JwtReason>& reason, qint64 now,
                                    JwtHintScratch& scratch, JwtHints& hints) const
{
    addTimeHints(payload, reason, now, hints);
    addIdentityHints(payload, reason, scratch, hints);
}

void JwtHintEngine::addAcceptedHints(const JwtHintIdentity& payload, qint64 now,
                                     JwtHintScratch& scratch, JwtHints& hints) const
{
    // An accepted token with no iat and an exp that cannot be milliseconds has no time hint.
    if (expMayBeMilliseconds(payload) || payload.iat)
        addTimeHints(payload, std::nullopt, now, hints);
    addMappingHints(payload, true, scratch, hints);
}

void JwtHintEngine::addTimeHints(const JwtHintIdentity& payload,
                                 const std::optional<JwtReason>& reason, qint64 now,
                                 JwtHints& hints)
{
    const JsonTape& tape = payload.tape;
    // Read only where a hint may need it.
    // Plain pairs rather than optionals: GCC 12 at -O1 sees an optional's value as uninitialised.
    const std::optional<qint64> expMember =
        payload.exp && (expMayBeMilliseconds(payload) || reason == JwtReason::ExpTooSoon)
            ? tape.toInteger(*payload.exp)
            : std::nullopt;
    const bool hasExp = expMember.has_value();
    const qint64 exp = expMember.value_or(0);
    const std::optional<qint64> iatMember =
        payload.iat ? tape.toInteger(*payload.iat) : std::nullopt;
    const bool hasIat = iatMember.has_value();
    const qint64 iat = iatMember.value_or(0);
    // An exp written with a fraction or an exponent (Python's time.time() * 1000) is refused as
    // invalid_exp before any hint reads it as an integer, yet it says milliseconds all the same.
    const bool fractionalExpInMilliseconds =
        reason == JwtReason::InvalidExp && payload.exp &&
        tape.type(*payload.exp) == JsonTape::Type::Number &&
        QByteArray::fromRawData(tape.text(*payload.exp).data(),
                                qsizetype(tape.text(*payload.exp).size()))
                .toDouble() > double(maxPlausibleExp);
    if ((hasExp && exp > maxPlausibleExp) || fractionalExpInMilliseconds) {
        // A number's text holds only digits, '.', 'e', '+' and '-': nothing to escape.
        const std::string_view expText = tape.text(*payload.exp);
        hints.append({JwtHintCode::ExpMilliseconds,
                      tr("The \"exp\" %1 is after the year 5138: it looks like milliseconds. "
                         "Unix time is in seconds, a whole number: divide it by 1000 and "
                         "round it down (in JavaScript, Math.floor(Date.now() / 1000) + 7200).")
                          .arg(QString::fromLatin1(expText.data(), qsizetype(expText.size())))});
    }
    if (reason == JwtReason::ExpTooSoon && hasExp) {
        const QString rule = tr("Tokens must expire at least 3600 seconds after they are "
                                "checked (%1 seconds is recommended), and the website must "
                                "renew them before they expire, or the chat asks the visitor "
                                "to reload the page.")
                                 .arg(recommendedLifetimeSeconds);
        // Plain pairs again, for the same GCC 12 warning.
        const std::optional<qint64> lifetimeMember = hasIat ? difference(exp, iat) : std::nullopt;
        const bool hasLifetime = lifetimeMember.has_value();
        const qint64 lifetime = lifetimeMember.value_or(0);
        const std::optional<qint64> leftMember = difference(exp, now);
        const bool hasLeft = leftMember.has_value();
        const qint64 left = leftMember.value_or(0);
        QString what;
        if (hasLifetime && lifetime >= 0)
            what = tr("The token was made to live %1 seconds, from its \"iat\" to its \"exp\".")
                       .arg(lifetime);
        else if (hasLifetime)
            what = tr("The token's \"exp\" is %1 seconds before its \"iat\": the website sets "
                      "\"exp\" to a time before the token is made.")
                       .arg(-lifetime);
        else if (hasLeft && left > 0)
            what = tr("The token had %1 seconds left when it was checked.").arg(left);
        else if (hasLeft)
            what = tr("The token had expired %1 seconds before it was checked.").arg(-left);
        hints.append({JwtHintCode::ExpLifetimeShort, what.isEmpty() ? rule : what + ' ' + rule});
    }
    const std::optional<qint64> iatAheadMember = hasIat ? difference(iat, now) : std::nullopt;
    const qint64 iatAhead = iatAheadMember.value_or(0);
    if (iatAheadMember.has_value() && iatAhead > iatLeewaySeconds) {
        hints.append({JwtHintCode::IatInFuture,
                      tr("The token's \"iat\" is %1 seconds after the time it was checked: the "
                         "website's clock is probably ahead. Synchronise the server's clock "
                         "(NTP), so that its tokens do not expire early.")
                          .arg(iatAhead)});
    }
}

void JwtHintEngine::addIdentityHints(const JwtHintIdentity& identity,
                                     const std::optional<JwtReason>& reason,
                                     JwtHintScratch& scratch, JwtHints& hints) const
{
    if (reason == JwtReason::MissingUuid && identity.uuid &&
        !identity.tape.isString(*identity.uuid)) {
        const JsonTape& tape = identity.tape;
        hints.append(
            {JwtHintCode::UuidNotString,
             tape.type(*identity.uuid) == JsonValue::Type::Number
                 ? tr("The \"uuid\" is the number %1; send it as a JSON string, \"%1\", as "
                      "Engage identifies visitors by text.")
                       .arg(escapedUtf8ForHint(tape.text(*identity.uuid)))
                 : tr("The \"uuid\" is not a string; send the visitor's ID as a JSON string.")});
    }
    addMappingHints(identity, !reason, scratch, hints);
}

void JwtHintEngine::addMappingHints(const JwtHintIdentity& identity, bool accepted,
                                    JwtHintScratch& scratch, JwtHints& hints) const
{
    const JwtHintEngineState& state = *m_state;
    const JsonTape& tape = identity.tape;
    JwtHintScratchState& thread = scratch.state();
    // A near miss is an extra value close to the key of a row that found no value. An accepted
    // identity has none to look for when every row found its value, the common case, or when a
    // row names every extra value; the mapping counted both for nothing.
    const std::vector<JsonTape::Index>* mapped = identity.namedExtraValues;
    const bool everyRowFilled =
        mapped && mapped->size() == state.extraValueRows && (!state.hasUuidRow || identity.uuid);
    const auto everyExtraValueNamed = [&] {
        return state.distinctRowKeys && mapped && identity.extraValues &&
               mapped->size() == tape.childCount(*identity.extraValues);
    };
    if (identity.extraValues && !state.rows.empty() && !everyRowFilled && !everyExtraValueNamed()) {
        const auto namedByARow = [&](std::string_view name, JsonTape::Index value) {
            if (const std::vector<JsonTape::Index>* named = identity.namedExtraValues)
                return std::find(named->begin(), named->end(), value) != named->end();
            return std::any_of(state.rows.begin(), state.rows.end(),
                               [name](const PreparedHintRow& row) { return row.key == name; });
        };
        tape.forEachMember(*identity.extraValues, [&](std::string_view name,
                                                      JsonTape::Index value) {
            if (namedByARow(name, value))
                return;
            auto cached = std::find_if(thread.nearMisses.begin(), thread.nearMisses.end(),
                                       [name](const auto& entry) { return entry.first == name; });
            if (cached == thread.nearMisses.end()) {
                // Every row it is near: the first of them may be filled, and a later one not.
                const std::string normalized = normalizedKey(name);
                std::vector<std::size_t> found;
                for (std::size_t index = 0; index < state.rows.size(); ++index) {
                    const PreparedHintRow& row = state.rows[index];
                    if ((!normalized.empty() && normalized == row.normalized) ||
                        withinEdits(name, row.key)) {
                        found.push_back(index);
                    }
                }
                if (thread.nearMisses.size() < nearMissCacheSize) {
                    thread.nearMisses.emplace_back(std::string(name), std::move(found));
                    cached = thread.nearMisses.end() - 1;
                } else {
                    cached = thread.nearMisses.begin() +
                             static_cast<std::ptrdiff_t>(thread.nextNearMissSlot);
                    *cached = {std::string(name), std::move(found)};
                    thread.nextNearMissSlot = (thread.nextNearMissSlot + 1) % nearMissCacheSize;
                }
            }
            const auto rowFilled = [&](std::size_t index) {
                const PreparedHintRow& row = state.rows[index];
                return row.isUuid ? identity.uuid.has_value()
                                  : tape.member(*identity.extraValues, row.key).has_value();
            };
            const std::vector<std::size_t>& nearRows = cached->second;
            const auto absent = std::find_if_not(nearRows.begin(), nearRows.end(), rowFilled);
            if (absent == nearRows.end())
                return;
            const PreparedHintRow& row = state.rows[*absent];
            // The row "uuid" reads the identity's own uuid, never an extra value of that name.
            const QString advice =
                row.isUuid
                    ? tr("The extra value \"%1\" is mapped by no row, but it is close to "
                         "\"uuid\", which the identity lacks: the visitor's ID belongs in the "
                         "identity's own \"uuid\" member, beside \"extra_values\" rather than "
                         "inside it, and that member fills the field %2.")
                          .arg(escapedUtf8ForHint(name), escapedForHint(row.field))
                    : tr("The extra value \"%1\" is mapped by no row, but it is close to the "
                         "mapping key \"%2\", which is absent: probably a typo, so the field "
                         "%3 stays empty. Rename the website's key to \"%2\", or the mapping "
                         "row's key to \"%1\".")
                          .arg(escapedUtf8ForHint(name), escapedForHint(row.keyText),
                               escapedForHint(row.field));
            hints.append({JwtHintCode::ExtraValueNearMiss, advice});
        });
    }
    // Only values that were mapped, so those of accepted identities, are stored by Engage.
    if (!accepted || state.rowRegexes.empty())
        return;
    if (!thread.matchData)
        thread.matchData.reset(pcre2_match_data_create(1, nullptr));
    if (!thread.matchData)
        return;
    for (const RowRegex& row : state.rowRegexes) {
        const std::optional<JsonTape::Index> value =
            row.isUuid             ? identity.uuid
            : identity.extraValues ? tape.member(*identity.extraValues, row.key)
                                   : std::nullopt;
        if (!value)
            continue;
        // Mapped as the verifier maps them: strings and numbers as their text, booleans as
        // "true" or "false"; the rest maps nothing.
        const JsonValue::Type type = tape.type(*value);
        const std::string_view text = type == JsonValue::Type::Bool
                                          ? (tape.toBool(*value) ? "true" : "false")
                                          : tape.text(*value);
        if (type != JsonValue::Type::String && type != JsonValue::Type::Number &&
            type != JsonValue::Type::Bool) {
            continue;
        }
        const FieldRegex& regex = state.regexes[row.regex];
        const auto subject = reinterpret_cast<PCRE2_SPTR>(text.data());
        // Token text is strictly decoded UTF-8, which the JIT matcher needs and does not check.
        const int result = regex.jit
                               ? pcre2_jit_match(regex.code.get(), subject, text.size(), 0, 0,
                                                 thread.matchData.get(), state.matchContext.get())
                               : pcre2_match(regex.code.get(), subject, text.size(), 0, 0,
                                             thread.matchData.get(), state.matchContext.get());
        if (result == PCRE2_ERROR_NOMATCH) {
            hints.append({JwtHintCode::MappedValueRegexMismatch,
                          tr("The value \"%1\" mapped to %2 does not match the field's regex "
                             "%3, so Engage will not store it. Send a value that matches, or "
                             "correct the mapping or the regex.")
                              .arg(escapedUtf8ForHint(text), escapedForHint(regex.field),
                                   escapedForHint(regex.pattern))});
        }
    }
}

} // namespace engage
