#pragma once

#include "body_budget.h"
#include "http_message.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <memory>

namespace engage {

// What a connection may hold and for how long (docs/api.md), so that no client, slow or hostile,
// keeps the emulator's sockets or memory.
struct ConnectionLimits
{
    // The whole head of a request must arrive within this time of its first byte.
    std::chrono::milliseconds headerTimeout{10000};
    // The whole request, head and body, within this time of its first byte: a body trickled a
    // byte at a time is cut off too.
    std::chrono::milliseconds requestTimeout{60000};
    // A connection is closed when silent this long: between requests, or within a body.
    std::chrono::milliseconds idleTimeout{30000};
    int maxConnections = 128;
    // The request bodies buffered across all connections (see BodyBudget).
    qint64 bodyBudget = 64 * 1024 * 1024;
};

// One client connection of the emulator: reads HTTP/1.1 requests (keep-alive, one at a time,
// bodies by Content-Length), hands each over with requestReceived() and writes the answer
// given to answer(), possibly much later. Refuses what it cannot frame without doubt (400),
// a head past 64 KiB (431), a body past the budget (413 or 503) and a request too slow to
// arrive (408), and closes the connection after each of these. Deletes itself when the
// connection closes.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(std::unique_ptr<QTcpSocket> socket, const ConnectionLimits& limits,
                   BodyBudget& budget, QObject* parent);
    ~HttpConnection() override;

    // Answers the request last received.
    void answer(const HttpResponse& response);
    // Sends the status line, the headers and half the body, then closes the connection: a
    // connection dropped in the middle of an answer.
    void answerAndDrop(const HttpResponse& response);

signals:
    void requestReceived(engage::HttpConnection* connection, const engage::HttpRequest& request);

private:
    enum class State { ReadingHead, ReadingBody, Answering, Closing };

    void readRequests();
    void readHead();
    void readBody();
    // Parses the head; false after answering a request it refuses.
    bool parseHead(const QByteArray& head);
    void refuse(int status, const QString& message);
    void timeOut();
    // Writes the answer to the request being answered and moves on to the next one or closes.
    void send(const QByteArray& bytes, bool close);
    void releaseBody();
    void startBodyDeadline();
    // Whether the socket is plain TCP, which may be half-closed (TLS has its own close).
    bool isPlainTcp() const;
    // After the last answer of a closing connection: sends FIN, then reads and drops what the
    // client still sends until it closes, so that unread data does not make the close a reset
    // that could destroy the answer before the client reads it.
    void lingerAfterAnswer();

    std::unique_ptr<QTcpSocket> m_socket;
    ConnectionLimits m_limits;
    BodyBudget& m_budget;
    QTimer m_deadline;
    QDeadlineTimer m_requestDeadline; // from the request's first byte (ConnectionLimits)
    State m_state = State::ReadingHead;
    QByteArray m_buffer;
    qsizetype m_searchedForHeadEnd = 0;
    HttpRequest m_request;
    qint64 m_bodyLength = 0;
    qint64 m_reservedBody = 0; // the part of the budget this connection holds
    bool m_closeAfterAnswer = false;
    bool m_halfClosed = false;
};

} // namespace engage
