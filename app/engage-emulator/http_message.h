#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace engage {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP/1.1 request as the emulator received it.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;   // the request target as sent: "/1.0/communities?offset=0&limit=150"
    HttpHeaders headers; // names in lowercase
    QByteArray body;

    // The value of the first header of that (lowercase) name, or an empty array.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    // The path's segments, percent-decoded: "/1.0/communities/a%2Fb" -> 1.0, communities, a/b.
    QStringList pathSegments() const;
    QUrlQuery query() const;
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    // A JSON answer.
    static HttpResponse json(int status, const QByteArray& body);
    // {"error": CODE, "message": MESSAGE, "status": STATUS}, the public API's shape of every
    // error answer (docs/api.md). `extraMembers`, when given, is written after them as it is
    // (",\"errors\":[...]" for a 422).
    static HttpResponse error(int status, const QByteArray& code, const QString& message,
                              const QByteArray& extraMembers = {});
    // The same, for errors of HTTP itself, the code being the reason phrase in snake case
    // ("request_timeout").
    static HttpResponse error(int status, const QString& message);
    // The status line, the headers (Content-Type, Content-Length and these) and the body.
    QByteArray serialized() const;
};

} // namespace engage
