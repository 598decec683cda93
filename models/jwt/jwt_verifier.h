#pragma once

#include "config/community_config.h"
#include "json/json_value.h"
#include "jwt/jwt_verdict.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <memory>

namespace engage {

struct JwtVerifierState; // the prepared configuration, defined in jwt_prepared_state.h
struct JwtThreadState;   // per-thread OpenSSL contexts and buffers, defined in jwt_thread_state.h

// Verifies signed identities (compact JWS) and checks non-signed identities against one
// community configuration, as docs/jwt.md says: its checks in its order, with its reason codes.
//
// Threads: the verifier prepares every configured key once, when it is constructed, and never
// changes afterwards, so any number of threads may call its const functions at once. OpenSSL
// contexts cannot be shared, though: verify() sets up throwaway ones on each call, which suits
// one token pasted in the workbench; bulk verification creates one Session per thread, which
// keeps a keyed context per key and so does no key setup per token.
//
// Invalid keys: a key that the configuration rules refuse (any ConfigValidator error on it)
// is not usable, but its ID still resolves, so that the reason points at the key rather than
// at the token: a token naming it fails with bad_signature, whose message says why the key is
// unusable, or with alg_key_mismatch when the key's algorithm is not HS256 or RS256 (no token
// algorithm can match it). This holds for a configuration never validated before (built in
// code, pulled): an RSA key of exponent 1, say, would verify forged signatures. When several keys
// share one ID, none is usable: no one can tell which of them the website meant.
//
// Modes: a signed_identities value other than accept, reject or require refuses everything,
// tokens with signed_identities_rejected and non-signed identities with
// signed_identity_required: an invalid configuration must not let anyone in.
//
// Mapped fields: a string value is copied as it is; a number is written as in the JSON text
// ("42", "1.50"), a boolean as "true" or "false"; null, arrays and objects map nothing. When
// two rows write the same field, the later row's value replaces the earlier one in place.
class JwtVerifier
{
    Q_DECLARE_TR_FUNCTIONS(engage::JwtVerifier)

public:
    // Tokens longer than this are refused before anything in them is decoded.
    static constexpr qsizetype maxTokenSize = 64 * 1024;
    // A token must still be valid this long after the moment it is checked.
    static constexpr qint64 minimumLifetimeSeconds = 3600;

    class Session;

    explicit JwtVerifier(const CommunityConfig& config);
    ~JwtVerifier();
    // Sessions refer to their verifier, so it stays where it was built.
    JwtVerifier(const JwtVerifier&) = delete;
    JwtVerifier& operator=(const JwtVerifier&) = delete;

    // Thread-safe. For many tokens on one thread, Session::verify is faster.
    JwtVerdict verify(QByteArrayView token, qint64 nowUnixSeconds) const;

    // A non-signed identity, a plain JSON object such as {"uuid": ..., "extra_values": {...}}:
    // refused with signed_identity_required in require mode; otherwise accepted when its uuid
    // is a non-empty string (missing_uuid when not: without a uuid no visitor is identified),
    // with the mapped fields a token of the same payload would give. Thread-safe.
    IdentityVerdict checkIdentity(const JsonValue& identity) const;

    // Decodes a token's header and payload as verification would, but checks nothing else:
    // no key, no clock. `problem` tells the first part that did not decode (a malformed_token
    // reason); the other part is still decoded when it can be, for people to read.
    static JwtInspection inspect(QByteArrayView token);

private:
    std::unique_ptr<const JwtVerifierState> m_state;
};

// The per-thread verification state of one verifier, which must outlive it. Not thread-safe:
// each thread creates its own once and verifies all of its tokens with it.
class JwtVerifier::Session
{
public:
    explicit Session(const JwtVerifier& verifier);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Fills `verdict`, reusing the storage it has from an earlier token: verifying many tokens
    // into one verdict spares the allocator.
    void verify(QByteArrayView token, qint64 nowUnixSeconds, JwtVerdict& verdict);

private:
    const JwtVerifierState& m_state;
    std::unique_ptr<JwtThreadState> m_thread;
};

} // namespace engage
