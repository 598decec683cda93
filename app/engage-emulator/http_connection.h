#pragma once

#include "http_message.h"

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>

#include <memory>

namespace engage {

// One client connection of the emulator: reads HTTP/1.1 requests (keep-alive, one at a time,
// bodies by Content-Length), hands each over with requestReceived() and writes the answer
// given to answer(), possibly much later. Deletes itself when the client goes away.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(std::unique_ptr<QTcpSocket> socket, QObject* parent);
    ~HttpConnection() override;

    // Answers the request last received.
    void answer(const HttpResponse& response);
    // Sends the status line, the headers and half the body, then closes the connection: a
    // connection dropped in the middle of an answer.
    void answerAndDrop(const HttpResponse& response);

signals:
    void requestReceived(engage::HttpConnection* connection, const engage::HttpRequest& request);

private:
    void readRequests();
    // Parses the head; false after answering a malformed request (the connection then closes).
    bool parseHead(const QByteArray& head);
    void refuse(int status, const QString& message);

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    HttpRequest m_request;
    qsizetype m_bodyLength = -1; // -1 while the head is still being read
    bool m_waitingForAnswer = false;
    bool m_closeAfterAnswer = false;
};

} // namespace engage
