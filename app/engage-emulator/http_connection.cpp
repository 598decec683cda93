#include "http_connection.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <string_view>
#include <sys/socket.h>

namespace engage {

namespace {

constexpr qsizetype maxHeadSize = 64 * 1024;
// The largest configuration (16 MiB) with room for JSON escapes.
constexpr qint64 maxBodySize = 20 * 1024 * 1024;
// What the socket may read ahead of the parser: past it, TCP's flow control holds the client
// back instead of the emulator's memory growing.
constexpr qint64 socketReadAhead = 64 * 1024;
// How long a closing connection reads and drops what the client still sends, once the last
// answer has left.
constexpr std::chrono::milliseconds lingerTime{1000};
// Methods are short words: a longer first word is not HTTP.
constexpr qsizetype maxMethodLength = 20;

// RFC 9110 §5.6.2: the characters of a method or a header name.
bool isTokenCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(const QByteArray& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenCharacter);
}

bool isVisible(const QByteArray& text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c > ' ' && c < 0x7f; });
}

// Whether the bytes received can still begin a request line: a method, then a space. What
// cannot (a TLS ClientHello, binary noise) is refused at once rather than waited for.
bool startsLikeARequest(const QByteArray& buffer)
{
    for (qsizetype at = 0; at < buffer.size() && at <= maxMethodLength; ++at) {
        if (buffer[at] == ' ')
            return at > 0;
        if (!isTokenCharacter(buffer[at]))
            return false;
    }
    return buffer.size() <= maxMethodLength;
}

// The length of the head up to and with the empty line that ends it, or -1 while that line has
// not arrived. Lines may end with CRLF or a bare LF (RFC 9112 §2.2). The search starts at
// `from`, where the previous one stopped, so that a head trickling in is not searched again
// from its start at every byte.
qsizetype headLength(const QByteArray& buffer, qsizetype from)
{
    for (qsizetype at = buffer.indexOf('\n', from); at >= 0; at = buffer.indexOf('\n', at + 1)) {
        const qsizetype lineStart = at > 0 && buffer[at - 1] == '\r' ? at - 1 : at;
        if (lineStart == 0 || buffer[lineStart - 1] == '\n')
            return at + 1;
    }
    return -1;
}

// The body's length from every Content-Length value (0 without any), or -1 unless they are all
// the same whole number: RFC 9112 §6.3 makes differing values ambiguous framing, what request
// smuggling is made of. A number too large to hold reads as the largest one.
qint64 contentLength(const HttpHeaders& headers)
{
    std::optional<qint64> length;
    for (const auto& [name, value] : headers) {
        if (name != "content-length")
            continue;
        for (const QByteArray& item : value.split(',')) {
            const QByteArray digits = item.trimmed();
            if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(),
                                                 [](char c) { return c >= '0' && c <= '9'; }))
                return -1;
            bool fits = false;
            qint64 number = digits.toLongLong(&fits);
            if (!fits)
                number = std::numeric_limits<qint64>::max();
            if (length && *length != number)
                return -1;
            length = number;
        }
    }
    return length.value_or(0);
}

} // namespace

HttpConnection::HttpConnection(std::unique_ptr<QTcpSocket> socket, const ConnectionLimits& limits,
                               BodyBudget& budget, QObject* parent)
    : QObject(parent), m_socket(std::move(socket)), m_limits(limits), m_budget(budget)
{
    m_socket->setReadBufferSize(socketReadAhead);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::timeOut);
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(m_socket.get(), &QTcpSocket::bytesWritten, this, &HttpConnection::readRequests);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // A new connection is opened to send a request: it has the head's time to send it.
    m_deadline.start(m_limits.headerTimeout);
    // Data may have arrived with the connection (TLS sockets hand it over already read).
    QTimer::singleShot(0, this, &HttpConnection::readRequests);
}

HttpConnection::~HttpConnection()
{
    releaseBody();
    disconnect(m_socket.get(), nullptr, this, nullptr);
}

void HttpConnection::readRequests()
{
    // The next request is read once the last answer has left: a client that sends requests
    // without reading the answers is held back by TCP, not buffered for.
    if (m_socket->bytesToWrite() > 0)
        return;
    if (m_state == State::Closing) {
        lingerAfterAnswer();
        return;
    }
    if (m_state == State::ReadingHead)
        readHead();
    if (m_state == State::ReadingBody)
        readBody();
}

void HttpConnection::readHead()
{
    const bool wasIdle = m_buffer.isEmpty();
    m_buffer += m_socket->read(maxHeadSize - m_buffer.size());
    if (m_buffer.isEmpty())
        return;
    // The head's deadline runs from its first byte and is not moved by later ones (slowloris).
    if (wasIdle) {
        m_deadline.start(m_limits.headerTimeout);
        m_requestDeadline.setRemainingTime(m_limits.requestTimeout);
    }
    if (!startsLikeARequest(m_buffer)) {
        refuse(400, tr("This is not an HTTP request."));
        return;
    }
    const qsizetype length = headLength(m_buffer, m_searchedForHeadEnd);
    m_searchedForHeadEnd = m_buffer.size();
    if (length < 0) {
        if (m_buffer.size() >= maxHeadSize)
            refuse(431, tr("The request head is larger than 64 KiB."));
        return;
    }
    const QByteArray head = m_buffer.first(length);
    m_buffer.remove(0, length);
    m_searchedForHeadEnd = 0;
    if (!parseHead(head))
        return;
    m_buffer.reserve(m_bodyLength); // the budget counts the body once, not a growing copy
    m_state = State::ReadingBody;
    // RFC 9110 §10.1.1: a client that asks waits for this before it sends the body.
    if (m_bodyLength > m_buffer.size() && m_request.header("expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    startBodyDeadline();
}

void HttpConnection::readBody()
{
    const qsizetype received = m_buffer.size();
    // What has arrived, not a temporary the size of the whole body at every read.
    if (received < m_bodyLength)
        m_buffer += m_socket->read(std::min(m_bodyLength - received, m_socket->bytesAvailable()));
    if (m_buffer.size() < m_bodyLength) {
        // A body may take long, but it must keep arriving.
        if (m_buffer.size() > received)
            startBodyDeadline();
        return;
    }
    m_request.body = m_buffer.first(m_bodyLength);
    m_buffer = m_buffer.sliced(m_bodyLength); // frees the body's room with it
    m_state = State::Answering;
    m_deadline.stop(); // the answer may be late on purpose (--latency-ms)
    emit requestReceived(this, m_request);
}

bool HttpConnection::parseHead(const QByteArray& head)
{
    QList<QByteArray> lines = head.split('\n');
    lines.resize(lines.size() - 2); // the empty line that ends the head, and the nothing after it
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        // Another parser could read a bare CR or a NUL differently (RFC 9112 §2.2).
        if (line.contains('\r') || line.contains('\0')) {
            refuse(400, tr("The request head holds a bare CR or a NUL."));
            return false;
        }
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/') ||
        !isVisible(requestLine[1]) ||
        (requestLine[2] != "HTTP/1.1" && requestLine[2] != "HTTP/1.0")) {
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
        // No space before the colon (RFC 9112 §5.1) and no folded line (§5.2): both are ways
        // to make two parsers disagree.
        if (colon <= 0 || !isToken(line.left(colon))) {
            refuse(400, tr("A request header is malformed."));
            return false;
        }
        m_request.headers.emplaceBack(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
    }
    // RFC 9112 §3.2: an HTTP/1.1 request names its host exactly once; HTTP/1.0 may omit it.
    const auto hosts = std::count_if(m_request.headers.begin(), m_request.headers.end(),
                                     [](const auto& header) { return header.first == "host"; });
    if (hosts > 1 || (hosts == 0 && requestLine[2] == "HTTP/1.1")) {
        refuse(400, tr("An HTTP/1.1 request carries exactly one Host header."));
        return false;
    }
    if (m_request.header("connection").toLower() == "close")
        m_closeAfterAnswer = true;
    if (m_request.hasHeader("transfer-encoding")) {
        // Chunked bodies are not read. Beside a Content-Length, which of the two frames the body
        // is ambiguous (RFC 9112 §6.3).
        if (m_request.hasHeader("content-length"))
            refuse(400, tr("Send either Content-Length or Transfer-Encoding, not both."));
        else
            refuse(411, tr("Send the body with a Content-Length."));
        return false;
    }
    m_bodyLength = contentLength(m_request.headers);
    if (m_bodyLength < 0) {
        refuse(400, tr("The Content-Length is not one whole number."));
        return false;
    }
    const qint64 largestBody = std::min(maxBodySize, m_budget.total());
    if (m_bodyLength > largestBody) {
        refuse(413, tr("The request body is larger than %1 MiB.").arg(largestBody / (1024 * 1024)));
        return false;
    }
    if (!m_budget.reserve(m_bodyLength)) {
        refuse(503, tr("The emulator holds too many request bodies at once; try again later."));
        return false;
    }
    m_reservedBody = m_bodyLength;
    return true;
}

void HttpConnection::refuse(int status, const QString& message)
{
    m_state = State::Answering;
    m_closeAfterAnswer = true;
    answer(HttpResponse::error(status, message));
}

void HttpConnection::timeOut()
{
    switch (m_state) {
    case State::ReadingHead:
        // Between requests nothing is owed to the client: the connection just closes.
        if (m_buffer.isEmpty()) {
            m_state = State::Closing;
            m_socket->abort();
            return;
        }
        refuse(408, tr("The request did not arrive in time."));
        return;
    case State::ReadingBody:
        refuse(408, tr("The request did not arrive in time."));
        return;
    case State::Answering:
        return;
    case State::Closing:
        // The client did not read the last answer in time.
        m_socket->abort();
        return;
    }
}

void HttpConnection::answer(const HttpResponse& response)
{
    if (m_state != State::Answering)
        return;
    HttpResponse sent = response;
    if (m_closeAfterAnswer)
        sent.headers.emplaceBack("Connection", "close");
    send(sent.serialized(), m_closeAfterAnswer);
}

void HttpConnection::answerAndDrop(const HttpResponse& response)
{
    if (m_state != State::Answering)
        return;
    const QByteArray whole = response.serialized();
    send(whole.first(whole.size() - std::max<qsizetype>(1, response.body.size() / 2)), true);
}

void HttpConnection::send(const QByteArray& bytes, bool close)
{
    releaseBody();
    m_request = HttpRequest();
    m_socket->write(bytes);
    // The idle deadline also bounds how long a client may take to read the answer.
    m_deadline.start(m_buffer.isEmpty() || close ? m_limits.idleTimeout : m_limits.headerTimeout);
    if (close) {
        m_state = State::Closing;
        // A plain socket is half-closed once the answer has left (readRequests); the idle
        // deadline then ends what the client does not close itself.
        if (!isPlainTcp())
            m_socket->disconnectFromHost();
        return;
    }
    m_state = State::ReadingHead;
    m_requestDeadline.setRemainingTime(m_limits.requestTimeout); // for a request already here
    // The next request may already be waiting in the buffer.
    QTimer::singleShot(0, this, &HttpConnection::readRequests);
}

void HttpConnection::startBodyDeadline()
{
    // The body must keep arriving (idle) and be whole by the request's deadline.
    const auto left =
        std::max(m_requestDeadline.remainingTimeAsDuration(), std::chrono::nanoseconds(0));
    m_deadline.start(
        std::min(m_limits.idleTimeout, std::chrono::ceil<std::chrono::milliseconds>(left)));
}

bool HttpConnection::isPlainTcp() const
{
    return m_socket->metaObject() == &QTcpSocket::staticMetaObject;
}

void HttpConnection::lingerAfterAnswer()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (!m_halfClosed) {
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
        m_halfClosed = true;
        // The answer has left: the client gets a moment to close, not the idle time.
        m_deadline.start(lingerTime);
    }
    m_socket->readAll();
}

void HttpConnection::releaseBody()
{
    m_budget.release(m_reservedBody);
    m_reservedBody = 0;
}

} // namespace engage
