#pragma once

#include "config/community_config.h"
#include "json/json_tape.h"
#include "jwt/jwt_verdict.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace engage {

struct JwtHintEngineState; // the prepared configuration, defined in jwt_hints.cpp
struct JwtHintScratchState;

// The members of a token's payload, or of a non-signed identity, that hints read, as the
// verifier found them in its one pass over the object.
struct JwtHintIdentity
{
    const JsonTape& tape;
    std::optional<JsonTape::Index> exp;
    std::optional<JsonTape::Index> iat;
    std::optional<JsonTape::Index> uuid;
    std::optional<JsonTape::Index> extraValues;
    // The values in extra_values that a mapping row names, when the mapping found them (an
    // accepted identity); null when it did not run, and rows are then compared by name.
    const std::vector<JsonTape::Index>* namedExtraValues = nullptr;
};

// What one thread reuses from one verdict's hints to the next: regex match data, and the
// extra values keys already found near no mapping key. Not thread-safe; one per thread.
class JwtHintScratch
{
public:
    JwtHintScratch();
    ~JwtHintScratch();
    JwtHintScratch(const JwtHintScratch&) = delete;
    JwtHintScratch& operator=(const JwtHintScratch&) = delete;

    JwtHintScratchState& state() { return *m_state; }

private:
    std::unique_ptr<JwtHintScratchState> m_state;
};

// The hints of docs/jwt.md: from a verdict, the integrator's probable mistake and what to change.
// Built once per verifier from its configuration (mapping keys, compiled regexes, the variants
// of each HS256 secret), then read by any number of threads. Each function adds the hints of
// its part, so that calling them in the order below gives the order of docs/jwt.md. A hint never
// changes a verdict, and no hint quotes a secret or a token.
//
// Costs: an accepted token pays the exp and iat comparisons, the near-miss look-up of its
// extra_values keys when a mapping row found no value (keys already seen by the thread are
// looked up in a small cache), and one regex match per mapped value whose custom field has a
// regex. Other keys and secrets are tried on bad_signature only.
//
// Custom field regexes: matched as written, searching the whole value (PCRE2 in UTF mode, the
// syntax QRegularExpression and the validator read them with, on the value's UTF-8), so
// "^C[0-9]{8}$" must match the whole value and "C[0-9]{8}" anywhere in it. The public reference
// does not say how Engage anchors them; its advice is a regex "matching your ID", and anchors
// written in the regex are honoured. A regex that does not compile (custom_field_regex_invalid)
// gives no hint.
//
// Near misses: an extra_values key no mapping row names, equal to a mapping key ignoring case,
// '_' and '-', or within two edits of it (Levenshtein, in bytes), when fewer edits than the
// shorter key's length: "os" is two edits from "id" but shares nothing with it. No hint when the
// mapping key is itself present: then the field is filled and the other key is something else.
class JwtHintEngine
{
    Q_DECLARE_TR_FUNCTIONS(engage::JwtHintEngine)

public:
    // An `exp` over this (year 5138) is taken for milliseconds.
    static constexpr qint64 maxPlausibleExp = 100000000000;
    // An `iat` more than this after now says the website's clock is ahead.
    static constexpr qint64 iatLeewaySeconds = 10;
    static constexpr qint64 recommendedLifetimeSeconds = 7200;

    explicit JwtHintEngine(const CommunityConfig& config);
    ~JwtHintEngine();
    JwtHintEngine(const JwtHintEngine&) = delete;
    JwtHintEngine& operator=(const JwtHintEngine&) = delete;

    // token_wrapped, first step: the token with a Bearer prefix, quotes, white space and line
    // breaks removed and URL escapes decoded, when any of that changes it.
    struct UnwrappedToken
    {
        QByteArray token;
        QStringList removed; // translated, e.g. "a \"Bearer \" prefix"
    };
    static std::optional<UnwrappedToken> unwrap(QByteArrayView token);
    // token_wrapped, second step: the hint, given the verdict the unwrapped token gets (only
    // when that verdict is not malformed_token itself).
    static JwtHint tokenWrapped(const UnwrappedToken& unwrapped, const JwtVerdict& cleaned);

    // unknown_kid: kid_case.
    void addKidHints(const QString& kid, JwtHints& hints) const;
    // missing_kid: kid_in_payload.
    static void addKidInPayloadHint(const JwtHintIdentity& payload, JwtHints& hints);

    // bad_signature: signed_with_other_key, secret_hex_decoded, secret_base64_decoded,
    // secret_altered. `keyIndex` is the configured key the kid names (index in jwt_keys);
    // `verifiesWithKey(index)` tells whether the signature verifies with another configured key,
    // false for an unusable one.
    void addSignatureHints(std::size_t keyIndex, QByteArrayView signingInput,
                           QByteArrayView signature,
                           const std::function<bool(std::size_t)>& verifiesWithKey,
                           JwtHints& hints) const;

    // exp_milliseconds, exp_lifetime_short, iat_in_future, uuid_not_string,
    // extra_value_near_miss and, when accepted, mapped_value_regex_mismatch, for a token whose
    // payload decoded.
    void addPayloadHints(const JwtHintIdentity& payload, const std::optional<JwtReason>& reason,
                         qint64 now, JwtHintScratch& scratch, JwtHints& hints) const;
    // The same for an accepted token, with less to decide: only exp_milliseconds, iat_in_future
    // and the mapping's two hints can apply to it.
    void addAcceptedHints(const JwtHintIdentity& payload, qint64 now, JwtHintScratch& scratch,
                          JwtHints& hints) const;

    // The hints that apply to a non-signed identity: uuid_not_string, extra_value_near_miss,
    // mapped_value_regex_mismatch.
    void addIdentityHints(const JwtHintIdentity& identity, const std::optional<JwtReason>& reason,
                          JwtHintScratch& scratch, JwtHints& hints) const;

private:
    // exp_milliseconds, exp_lifetime_short, iat_in_future.
    static void addTimeHints(const JwtHintIdentity& payload, const std::optional<JwtReason>& reason,
                             qint64 now, JwtHints& hints);
    void addMappingHints(const JwtHintIdentity& identity, bool accepted, JwtHintScratch& scratch,
                         JwtHints& hints) const;

    std::unique_ptr<const JwtHintEngineState> m_state;
};

} // namespace engage
