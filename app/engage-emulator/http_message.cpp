#include "http_message.h"

#include "json/json_writer.h"

#include <QUrl>

#include <algorithm>

namespace engage {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return QByteArray(); // an empty reason phrase is valid (RFC 9112 §4); a wrong one is not
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key == name)
            return value;
    }
    return QByteArray();
}

bool HttpRequest::hasHeader(const QByteArray& name) const
{
    return std::any_of(headers.begin(), headers.end(),
                       [&name](const auto& header) { return header.first == name; });
}

QStringList HttpRequest::pathSegments() const
{
    const qsizetype queryStart = target.indexOf('?');
    const QByteArray path = queryStart < 0 ? target : target.left(queryStart);
    QStringList segments;
    for (const QByteArray& segment : path.split('/')) {
        if (!segment.isEmpty())
            segments.append(QUrl::fromPercentEncoding(segment));
    }
    return segments;
}

QUrlQuery HttpRequest::query() const
{
    const qsizetype queryStart = target.indexOf('?');
    return queryStart < 0 ? QUrlQuery()
                          : QUrlQuery(QString::fromLatin1(target.mid(queryStart + 1)));
}

HttpResponse HttpResponse::json(int status, const QByteArray& body)
{
    return {status, {}, body};
}

HttpResponse HttpResponse::error(int status, const QString& message)
{
    return error(status, reasonPhrase(status).toLower().replace(' ', '_'), message);
}

HttpResponse HttpResponse::error(int status, const QByteArray& code, const QString& message,
                                 const QByteArray& extraMembers)
{
    QByteArray body = "{\"error\":";
    appendJsonString(body, QString::fromLatin1(code));
    body.append(",\"message\":");
    appendJsonString(body, message);
    body.append(",\"status\":" + QByteArray::number(status) + extraMembers + '}');
    return json(status, body);
}

QByteArray HttpResponse::serialized() const
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

} // namespace engage
