#include "api/messaging_settings.h"

#include "config/config_reader.h"
#include "config/config_validator.h"

namespace engage {

MessagingSettings::ReadResult MessagingSettings::readAnswer(QByteArrayView body,
                                                            const QString& etag)
{
    const ConfigReadResult read = ConfigReader::read(body, ConfigReader::Shape::MessagingSettings);
    for (const Diagnostic& diagnostic : read.diagnostics) {
        if (diagnostic.severity() == Severity::Error) {
            const QString where = diagnostic.path.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" (%1)").arg(diagnostic.path);
            return {std::nullopt,
                    ApiErrors::badResponse(tr("the messaging settings are malformed%1: %2")
                                               .arg(where, diagnostic.message))};
        }
    }
    if (!read.config)
        return {std::nullopt, ApiErrors::badResponse(tr("the messaging settings are missing"))};
    RemoteSettings remote;
    remote.settings = *read.config;
    remote.etag = etag;
    if (const JsonValue* updatedAt = read.document->member(u"updated_at"))
        remote.updatedAt = updatedAt->text();
    return {remote, std::nullopt};
}

CommunityConfig MessagingSettings::applied(CommunityConfig base, const CommunityConfig& settings)
{
    base.signedIdentities = settings.signedIdentities;
    base.extraValuesMapping = settings.extraValuesMapping;
    base.jwtKeys = settings.jwtKeys;
    return base;
}

Diagnostics MessagingSettings::validate(const CommunityConfig& settings,
                                        const QList<CustomField>& catalogue)
{
    CommunityConfig withCatalogue = settings;
    withCatalogue.customFields = catalogue;
    Diagnostics diagnostics = ConfigValidator::validate(withCatalogue);
    diagnostics.removeIf([](const Diagnostic& diagnostic) {
        return diagnostic.path.startsWith(QLatin1String("/custom_fields"));
    });
    return diagnostics;
}

QList<CustomField> MessagingSettings::catalogueOf(const QList<CustomFieldRecord>& records)
{
    QList<CustomField> catalogue;
    for (const CustomFieldRecord& record : records) {
        if (record.isIdentityGroupField())
            catalogue.append(record.toCustomField());
    }
    return catalogue;
}

} // namespace engage
