#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <functional>
#include <utility>

// An HTTP server on 127.0.0.1 for the answers the emulator never gives: a broken or hostile
// server. Each connection's request is read up to the end of its header (so a TLS handshake,
// which has none, is never answered), then answered with the raw bytes the script gives for
// its request target, and closed. With a trickle interval, the answer's header goes out at
// once and its body one byte at a time at that pace: progress, but never the end.
class ScriptedServer : public QObject
{
public:
    // The request target ("/1.0/communities?offset=0&limit=150") to the raw answer.
    using Script = std::function<QByteArray(const QByteArray& target)>;

    explicit ScriptedServer(const QByteArray& answer)
        : ScriptedServer([answer](const QByteArray&) { return answer; })
    {
    }

    explicit ScriptedServer(Script script,
                            std::chrono::milliseconds trickle = std::chrono::milliseconds(0))
        : m_script(std::move(script)), m_trickle(trickle)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket,
                        [this, socket] { readRequest(socket); });
            }
        });
    }

    QString url(const QString& scheme = QStringLiteral("http")) const
    {
        return QStringLiteral("%1://127.0.0.1:%2/1.0").arg(scheme).arg(m_server.serverPort());
    }
    quint16 port() const { return m_server.serverPort(); }
    // How many requests were answered (or are being answered).
    int requests() const { return m_requests; }
    // The request line and headers of the last request answered.
    QByteArray lastRequestHead() const { return m_lastRequestHead; }

private:
    void readRequest(QTcpSocket* socket)
    {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        if (socket->property("answered").toBool() || !request.contains("\r\n\r\n"))
            return;
        socket->setProperty("answered", true);
        ++m_requests;
        m_lastRequestHead = request.left(request.indexOf("\r\n\r\n"));
        const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
        const QByteArray answer = m_script(requestLine.value(1));
        if (m_trickle.count() == 0) {
            socket->write(answer);
            socket->disconnectFromHost();
            return;
        }
        const qsizetype header = answer.indexOf("\r\n\r\n") + 4;
        socket->write(answer.left(header));
        auto* timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket, timer, answer, sent = header]() mutable {
            socket->write(answer.mid(sent++, 1));
            if (sent >= answer.size()) {
                timer->stop();
                socket->disconnectFromHost();
            }
        });
        timer->start(m_trickle);
    }

    QTcpServer m_server;
    Script m_script;
    std::chrono::milliseconds m_trickle;
    int m_requests = 0;
    QByteArray m_lastRequestHead;
};
