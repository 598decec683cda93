#include "api/sync_base.h"

#include "io/bounded_input.h"
#include "json/json_parser.h"
#include "json/json_writer.h"

#include <QFileInfo>
#include <QSaveFile>

namespace engage {

namespace {

const QString sidecarFormat = QStringLiteral("engage-sync-base");
constexpr qint64 maxSidecarSize = 64 * 1024;

} // namespace

bool SyncBase::isFor(const QUrl& serverUrl, const QString& community) const
{
    return server == serverUrl.toString() && communityId == community;
}

QString SyncBase::pathFor(const QString& configPath)
{
    return configPath + QStringLiteral(".sync");
}

SyncBaseLoadResult SyncBase::load(const QString& configPath)
{
    const QString path = pathFor(configPath);
    if (configPath == QLatin1String("-") || !QFileInfo::exists(path))
        return {};
    const BoundedInput input = BoundedInputReader::read(path, maxSidecarSize);
    if (input.error)
        return {std::nullopt, input.error};
    const JsonParseResult parsed = parseJson(input.bytes);
    const auto text = [&parsed](QStringView name) -> std::optional<QString> {
        const JsonValue* value = parsed.value ? parsed.value->member(name) : nullptr;
        return value && value->isString() ? std::optional<QString>(value->text()) : std::nullopt;
    };
    const std::optional<QString> format = text(u"format");
    const std::optional<QString> server = text(u"server");
    const std::optional<QString> community = text(u"community");
    const std::optional<QString> etag = text(u"etag");
    if (input.exceeds(maxSidecarSize) || format != sidecarFormat || !server || !community ||
        !etag) {
        return {
            std::nullopt,
            tr("%1 is not a sync record this program wrote; delete it and pull again.").arg(path)};
    }
    return {SyncBase{*server, *community, *etag}, std::nullopt};
}

std::optional<QString> SyncBase::save(const QString& configPath) const
{
    const QString path = pathFor(configPath);
    QByteArray bytes = toCompactJson(
        JsonValue::makeObject({{QStringLiteral("format"), JsonValue::makeString(sidecarFormat)},
                               {QStringLiteral("server"), JsonValue::makeString(server)},
                               {QStringLiteral("community"), JsonValue::makeString(communityId)},
                               {QStringLiteral("etag"), JsonValue::makeString(etag)}}));
    bytes.append('\n');
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("%1 could not be written: %2.").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace engage
