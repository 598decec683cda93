#pragma once

// Internal to models/jwt: what one thread keeps from one token to the next while it verifies
// with a JwtVerifier (one per JwtVerifier::Session).

#include "json/json_parser.h"
#include "json/json_tape.h"
#include "jwt/jwt_hints.h"
#include "jwt/jwt_prepared_state.h"
#include "jwt/signature_contexts.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace engage {

using TapeMember = std::optional<JsonTape::Index>; // a member's value on its tape, when present

// The header members that verification reads, found in one pass over the header.
struct HeaderMembers
{
    TapeMember alg;
    TapeMember typ;
    TapeMember kid;
    TapeMember crit;
};

// The members of a payload, or of a non-signed identity, that the checks and the mapping read.
struct IdentityMembers
{
    TapeMember exp;
    TapeMember iat; // read by hints only
    TapeMember uuid;
    TapeMember extraValues;
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

} // namespace engage
