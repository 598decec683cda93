#include "request_log.h"

#include "json/json_value.h"
#include "json/json_writer.h"

#include <QUrlQuery>

#include <algorithm>

namespace engage {

namespace {

// The line recorded for a request, newline included.
QByteArray lineOf(const HttpRequest& request)
{
    const qsizetype queryStart = request.target.indexOf('?');
    const QByteArray path = queryStart < 0 ? request.target : request.target.left(queryStart);
    // Names in the order of their first appearance, each with all its values.
    std::vector<std::pair<QString, std::vector<JsonValue>>> parameters;
    for (const std::pair<QString, QString>& item : request.query().queryItems(QUrl::FullyDecoded)) {
        const QString& name = item.first; // not a structured binding: C++17 lambdas cannot take one
        auto known =
            std::find_if(parameters.begin(), parameters.end(),
                         [&name](const auto& parameter) { return parameter.first == name; });
        if (known == parameters.end())
            known = parameters.insert(parameters.end(), {name, {}});
        known->second.push_back(JsonValue::makeString(item.second));
    }
    std::vector<JsonValue::Member> query;
    for (auto& [name, values] : parameters) {
        query.emplace_back(name, values.size() == 1 ? values.front()
                                                    : JsonValue::makeArray(std::move(values)));
    }
    return toCompactJson(JsonValue::makeObject(
               {{QStringLiteral("method"),
                 JsonValue::makeString(QString::fromLatin1(request.method))},
                {QStringLiteral("path"), JsonValue::makeString(QString::fromLatin1(path))},
                {QStringLiteral("query"), JsonValue::makeObject(std::move(query))}})) +
           '\n';
}

} // namespace

std::optional<QString> RequestLog::open(const QString& path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("%1 cannot be written: %2.").arg(path, m_file.errorString());
    return std::nullopt;
}

void RequestLog::record(const HttpRequest& request)
{
    if (!m_file.isOpen())
        return;
    m_file.write(lineOf(request));
    m_file.flush();
}

} // namespace engage
