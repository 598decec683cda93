#include "kit/integration_kit.h"

#include "config/config_diff.h"
#include "config/config_validator.h"
#include "config/visitor_uuid_key.h"
#include "json/json_writer.h"
#include "kit/signing_code.h"
#include "text/untrusted_text.h"

#include <algorithm>

namespace engage {

namespace {

// Key IDs are quoted in messages up to this length, as the other commands quote them.
constexpr qsizetype maxQuotedKeyId = 40;

// The optional predefined attributes the Engage integration page shows at the top level of
// the payload, in its example's order.
QList<PayloadMember> predefinedAttributes()
{
    const auto optional = [](const char* name, const QString& what) {
        return PayloadMember{QLatin1String(name), false,
                             IntegrationKit::tr("optional: %1").arg(what), QString(), std::nullopt};
    };
    return {optional("screenname", IntegrationKit::tr("the name the agents see")),
            optional("avatar_url", IntegrationKit::tr("the address of the visitor's picture")),
            optional("firstname", IntegrationKit::tr("the visitor's first name")),
            optional("lastname", IntegrationKit::tr("the visitor's last name")),
            optional("company", IntegrationKit::tr("the visitor's company")),
            optional("email", IntegrationKit::tr("the visitor's email address"))};
}

// uuid, exp, the predefined attributes, then each mapped extra value in the mapping's order.
QList<PayloadMember> payloadMembers(const CommunityConfig& config)
{
    PayloadMember uuid{QStringLiteral("uuid"), false,
                       IntegrationKit::tr("the visitor's persistent ID in your system"), QString(),
                       std::nullopt};
    const PayloadMember exp{QStringLiteral("exp"), false,
                            IntegrationKit::tr("Unix time of signing + %1, in seconds, an integer")
                                .arg(kitTokenLifetimeSeconds),
                            QString(), std::nullopt};
    QList<PayloadMember> extraValues;
    for (const MappingRow& row : config.extraValuesMapping) {
        const QString label = destinationLabel(config, row.field);
        // docs/file-format.md: the key "uuid" maps the visitor's UUID itself, as if it were an
        // extra value.
        if (isVisitorUuidKey(row.key)) {
            uuid.destination = label;
            uuid.regex = customFieldRegexOf(config, row.field);
            continue;
        }
        extraValues.append({row.key, true, IntegrationKit::tr("the value for %1").arg(label), label,
                            customFieldRegexOf(config, row.field)});
    }
    return QList<PayloadMember>{uuid, exp} + predefinedAttributes() + extraValues;
}

QString headerJsonOf(const QString& algorithm, const QString& keyId)
{
    // In the order the Engage integration page writes it.
    const JsonValue header = JsonValue::makeObject(
        {{QStringLiteral("typ"), JsonValue::makeString(QStringLiteral("JWT"))},
         {QStringLiteral("alg"), JsonValue::makeString(algorithm)},
         {QStringLiteral("kid"), JsonValue::makeString(keyId)}});
    return QString::fromUtf8(toIndentedJson(header)).trimmed();
}

// "<...>", the template's mark of a value to fill in.
QString placeholder(const QString& text)
{
    return QLatin1Char('<') + text + QLatin1Char('>');
}

} // namespace

IntegrationKitResult IntegrationKit::build(const CommunityConfig& config, const QString& keyId,
                                           bool includeSecret)
{
    const auto key =
        std::find_if(config.jwtKeys.cbegin(), config.jwtKeys.cend(),
                     [&keyId](const JwtKey& candidate) { return candidate.id == keyId; });
    if (key == config.jwtKeys.cend()) {
        QStringList known;
        for (const JwtKey& candidate : config.jwtKeys)
            known.append(UntrustedText::forDisplay(candidate.id, maxQuotedKeyId));
        const QString quoted = UntrustedText::forDisplay(keyId, maxQuotedKeyId);
        return {std::nullopt,
                known.isEmpty()
                    ? tr("The configuration has no JWT key, so there is no key \"%1\" to make a "
                         "kit for; add the key first.")
                          .arg(quoted)
                    : tr("The configuration has no JWT key \"%1\"; choose one of its keys: %2.")
                          .arg(quoted, known.join(QStringLiteral(", ")))};
    }
    const bool hmac = key->algorithm == JwtAlgorithm::hs256;
    if (includeSecret && hmac && !key->secret) {
        return {std::nullopt,
                tr("The secret of the JWT key \"%1\" is not in this file (it was redacted); "
                   "open the file that holds it, or make the kit without the secret.")
                    .arg(UntrustedText::forDisplay(keyId, maxQuotedKeyId))};
    }

    // The website team would build on values Engage refuses: a configuration with errors
    // makes no kit. A redacted secret ("secret": null) is needed only by a kit that holds it.
    Diagnostics diagnostics = ConfigValidator::validate(config);
    diagnostics.removeIf([&config](const Diagnostic& diagnostic) {
        if (diagnostic.code != DiagnosticCode::HmacSecretInvalid)
            return false;
        for (qsizetype index = 0; index < config.jwtKeys.size(); ++index) {
            if (!config.jwtKeys[index].secret &&
                diagnostic.path == QStringLiteral("/jwt_keys/%1/secret").arg(index))
                return true;
        }
        return false;
    });
    if (hasErrors(diagnostics)) {
        return {std::nullopt, tr("The configuration has errors; fix them before handing a kit "
                                 "to the website team.")};
    }

    IntegrationKit kit;
    kit.communityName = config.community.name;
    kit.communityId = config.community.id;
    kit.keyId = key->id;
    kit.algorithm = key->algorithm;
    if (includeSecret && hmac)
        kit.secret = key->secret;
    if (!hmac)
        kit.publicKeyFingerprint =
            ConfigDiff::publicKeyFingerprint(key->publicKey.value_or(QString()));
    kit.headerJson = headerJsonOf(kit.algorithm, kit.keyId);
    kit.payload = payloadMembers(config);
    kit.signingCode = SigningCodeCatalogue::forKey(kit.keyId, kit.algorithm);
    return {std::move(kit), std::nullopt};
}

QString IntegrationKit::payloadTemplate() const
{
    // JSON in its layout, with a placeholder where a value goes: names and placeholders are
    // written as JSON writes strings, so that a key, a label or a regex read from the file
    // (a quote, the backslash of "^C\d{8}$") cannot break the template.
    const auto jsonString = [](const QString& text) {
        QByteArray quoted;
        appendJsonString(quoted, text);
        return QString::fromUtf8(quoted);
    };
    QStringList topLevel;
    QStringList extraValues;
    for (const PayloadMember& member : payload) {
        QString text = member.placeholder;
        if (member.regex)
            text = tr("%1, matching %2").arg(text, *member.regex);
        // Labels and regexes are text read from the file.
        text = UntrustedText::forDisplay(text);
        const QString value =
            member.name == QLatin1String("exp") ? placeholder(text) : jsonString(placeholder(text));
        if (member.isExtraValue)
            extraValues.append(QStringLiteral("    ") + jsonString(member.name) +
                               QStringLiteral(": ") + value);
        else
            topLevel.append(QStringLiteral("  ") + jsonString(member.name) + QStringLiteral(": ") +
                            value);
    }
    if (!extraValues.isEmpty())
        topLevel.append(QStringLiteral("  \"extra_values\": {\n") +
                        extraValues.join(QStringLiteral(",\n")) + QStringLiteral("\n  }"));
    return QStringLiteral("{\n") + topLevel.join(QStringLiteral(",\n")) + QStringLiteral("\n}");
}

} // namespace engage
