#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpSocket>

// A client connection to 127.0.0.1 that sends bytes as they are and keeps all it receives: for
// the requests no HTTP library would send (slow, malformed, hostile). It blocks, as a test may.
class RawConnection
{
public:
    explicit RawConnection(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(10000);
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    void send(const QByteArray& bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(10000)) {
        }
    }

    // Everything received until the server closes the connection, or until `timeoutMs` passes
    // (then isConnected() stays true).
    QByteArray readUntilClosed(int timeoutMs = 20000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (isConnected() && !deadline.hasExpired())
            m_socket.waitForReadyRead(static_cast<int>(deadline.remainingTime()));
        return m_socket.readAll();
    }

    // One answer on a connection kept alive: its head and its Content-Length body.
    QByteArray readAnswer(int timeoutMs = 20000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        QByteArray answer;
        while (!deadline.hasExpired()) {
            answer += m_socket.readAll();
            const qsizetype headEnd = answer.indexOf("\r\n\r\n");
            const qsizetype lengthAt = answer.toLower().indexOf("\r\ncontent-length:");
            if (headEnd >= 0 && lengthAt >= 0 && lengthAt < headEnd) {
                const qsizetype valueAt = lengthAt + 17;
                const qsizetype length =
                    answer.mid(valueAt, answer.indexOf("\r\n", valueAt) - valueAt)
                        .trimmed()
                        .toLongLong();
                if (answer.size() >= headEnd + 4 + length)
                    return answer;
            }
            if (!m_socket.waitForReadyRead(static_cast<int>(deadline.remainingTime())) &&
                !isConnected())
                return answer + m_socket.readAll();
        }
        return answer;
    }

    // What is received up to and with the first `marker`, or all received when `timeoutMs`
    // passes first; the rest stays for the next read.
    QByteArray readThrough(const QByteArray& marker, int timeoutMs = 20000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        QByteArray received;
        while (!received.contains(marker) && !deadline.hasExpired()) {
            if (m_socket.bytesAvailable() == 0 &&
                !m_socket.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
                break;
            received += m_socket.read(1);
        }
        return received;
    }

    // Waits up to `timeoutMs` for the server to close the connection; true if it did. What came
    // before is kept for readUntilClosed().
    bool waitForClosed(int timeoutMs)
    {
        return !isConnected() || m_socket.waitForDisconnected(timeoutMs);
    }

private:
    QTcpSocket m_socket;
};
