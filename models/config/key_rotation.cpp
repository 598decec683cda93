#include "config/key_rotation.h"

#include "config/config_validator.h"
#include "json/json_pointer.h"

#include <QSet>

#include <algorithm>

namespace engage {

namespace {

bool isValidKeyId(const QString& id)
{
    JwtKey probe;
    probe.id = id;
    probe.algorithm = JwtAlgorithm::hs256;
    const Diagnostics diagnostics = ConfigValidator::validateKey(probe, true);
    return std::none_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic& diagnostic) {
        return diagnostic.code == DiagnosticCode::KeyIdInvalid;
    });
}

} // namespace

QString KeyRotation::suggestedId(const CommunityConfig& config, const QString& oldId)
{
    if (!isValidKeyId(oldId))
        return unusedKeyId(config);
    QSet<QString> used;
    for (const JwtKey& key : config.jwtKeys)
        used.insert(key.id);

    qsizetype digitsStart = oldId.size();
    while (digitsStart > 0 && oldId.at(digitsStart - 1).isDigit())
        --digitsStart;
    const QString digits = oldId.mid(digitsStart);
    bool counted = false;
    qulonglong number = digits.toULongLong(&counted);
    // A number too long to count on is kept as part of the name.
    const QString stem = counted ? oldId.left(digitsStart) : oldId + QStringLiteral("_");
    const int width = counted ? int(digits.size()) : 1;
    if (!counted)
        number = 1;
    for (;;) {
        ++number;
        // "key_09" -> "key_10": the width written is kept, so that the IDs sort as they count.
        const QString id = stem + QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0'));
        if (!used.contains(id))
            return id;
    }
}

Diagnostics KeyRotation::newKeyDiagnostics(const CommunityConfig& config, const JwtKey& newKey)
{
    CommunityConfig withNewKey = config;
    withNewKey.jwtKeys.append(newKey);
    // The key comes last, so a duplicated ID, secret or public key is reported on it, not on
    // the key it repeats.
    const QString keyPath = jsonPointerAppend(QStringLiteral("/jwt_keys"), config.jwtKeys.size());
    Diagnostics ofNewKey;
    for (Diagnostic diagnostic : ConfigValidator::validate(withNewKey)) {
        if (diagnostic.path != keyPath && !diagnostic.path.startsWith(keyPath + QLatin1Char('/')))
            continue;
        diagnostic.path = diagnostic.path.mid(keyPath.size());
        ofNewKey.append(diagnostic);
    }
    return ofNewKey;
}

} // namespace engage
