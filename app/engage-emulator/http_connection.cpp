#include "http_connection.h"

#include <QTimer>

namespace engage {

namespace {

constexpr qsizetype maxHeadSize = 64 * 1024;
// The largest configuration (16 MiB) with room for JSON escapes.
constexpr qsizetype maxBodySize = 20 * 1024 * 1024;

} // namespace

HttpConnection::HttpConnection(std::unique_ptr<QTcpSocket> socket, QObject* parent)
    : QObject(parent), m_socket(std::move(socket))
{
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // Data may have arrived with the connection (TLS sockets hand it over already read).
    QTimer::singleShot(0, this, &HttpConnection::readRequests);
}

HttpConnection::~HttpConnection()
{
    disconnect(m_socket.get(), nullptr, this, nullptr);
}

void HttpConnection::readRequests()
{
    m_buffer += m_socket->readAll();
    while (!m_waitingForAnswer) {
        if (m_bodyLength < 0) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_buffer.size() > maxHeadSize)
                    refuse(431, tr("The request head is too large."));
                return;
            }
            const QByteArray head = m_buffer.left(headEnd);
            m_buffer.remove(0, headEnd + 4);
            if (!parseHead(head))
                return;
        }
        if (m_buffer.size() < m_bodyLength)
            return;
        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_bodyLength = -1;
        m_waitingForAnswer = true;
        emit requestReceived(this, m_request);
    }
}

bool HttpConnection::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[1].startsWith('/')) {
        refuse(400, tr("The request line is malformed."));
        return false;
    }
    m_request = HttpRequest();
    m_request.method = requestLine[0];
    m_request.target = requestLine[1];
    m_closeAfterAnswer = requestLine[2] != "HTTP/1.1";
    for (qsizetype index = 1; index < lines.size(); ++index) {
        const QByteArray& line = lines[index];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            refuse(400, tr("A request header is malformed."));
            return false;
        }
        m_request.headers.emplaceBack(line.left(colon).trimmed().toLower(),
                                      line.mid(colon + 1).trimmed());
    }
    if (m_request.header("connection").toLower() == "close")
        m_closeAfterAnswer = true;
    if (!m_request.header("transfer-encoding").isEmpty()) {
        refuse(411, tr("Send the body with a Content-Length."));
        return false;
    }
    const QByteArray length = m_request.header("content-length");
    bool isNumber = length.isEmpty();
    m_bodyLength = length.isEmpty() ? 0 : length.toLongLong(&isNumber);
    if (!isNumber || m_bodyLength < 0) {
        refuse(400, tr("The Content-Length is not a number."));
        return false;
    }
    if (m_bodyLength > maxBodySize) {
        refuse(413, tr("The request body is larger than 20 MiB."));
        return false;
    }
    return true;
}

void HttpConnection::refuse(int status, const QString& message)
{
    m_waitingForAnswer = true;
    m_closeAfterAnswer = true;
    answer(HttpResponse::error(status, message));
}

void HttpConnection::answer(const HttpResponse& response)
{
    if (!m_waitingForAnswer)
        return;
    m_waitingForAnswer = false;
    HttpResponse sent = response;
    if (m_closeAfterAnswer)
        sent.headers.emplaceBack("Connection", "close");
    m_socket->write(sent.serialized());
    if (m_closeAfterAnswer) {
        m_socket->disconnectFromHost();
        return;
    }
    // The next request may already be waiting in the buffer.
    QTimer::singleShot(0, this, &HttpConnection::readRequests);
}

void HttpConnection::answerAndDrop(const HttpResponse& response)
{
    if (!m_waitingForAnswer)
        return;
    m_waitingForAnswer = false;
    const QByteArray whole = response.serialized();
    m_socket->write(whole.left(whole.size() - std::max<qsizetype>(1, response.body.size() / 2)));
    m_socket->disconnectFromHost();
}

} // namespace engage
