#include "jwt/verifier_preparation.h"

#include "config/config_validator.h"
#include "config/visitor_uuid_key.h"
#include "crypto/pem_key.h"
#include "jwt/jwt_verifier.h"

#include <QHash>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <openssl/evp.h>

namespace engage {

namespace {

SignedIdentitiesMode modeOf(const QString& signedIdentities)
{
    if (signedIdentities == SignedIdentities::accept)
        return SignedIdentitiesMode::Accept;
    if (signedIdentities == SignedIdentities::reject)
        return SignedIdentitiesMode::Reject;
    if (signedIdentities == SignedIdentities::require)
        return SignedIdentitiesMode::Require;
    return SignedIdentitiesMode::Invalid;
}

std::string utf8Of(const QString& text)
{
    return text.toStdString(); // QString::toStdString converts to UTF-8
}

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
        if (entry.usable && entry.kind == KeyAlgorithm::Hs256)
            entry.hmacSecret = key.secret->toUtf8();
        if (entry.usable && entry.kind == KeyAlgorithm::Rs256) {
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

std::vector<PreparedMappingRow> prepareMapping(const QList<MappingRow>& mapping)
{
    std::vector<PreparedMappingRow> prepared;
    prepared.reserve(static_cast<std::size_t>(mapping.size()));
    for (const MappingRow& row : mapping)
        prepared.push_back(
            PreparedMappingRow{utf8Of(row.key), row.field, isVisitorUuidKey(row.key)});
    return prepared;
}

} // namespace

std::unique_ptr<const JwtVerifierState> prepareVerifierState(const CommunityConfig& config)
{
    auto state = std::make_unique<JwtVerifierState>();
    state->mode = modeOf(config.signedIdentities);
    state->modeText = config.signedIdentities;
    state->keys = prepareKeys(config.jwtKeys);
    state->mapping = prepareMapping(config.extraValuesMapping);
    state->hints = std::make_unique<const JwtHintEngine>(config);
    state->hmac.reset(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    state->sha256.reset(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    return state;
}

} // namespace engage
