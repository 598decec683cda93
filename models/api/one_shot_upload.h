#pragma once

#include <QByteArray>
#include <QIODevice>

namespace engage {

// A request body that can be read once and never rewound. Qt 6.4 sends a request again by
// itself when its connection closes before an answer starts; given this body (with
// QNetworkRequest::DoNotBufferUploadDataAttribute), it cannot, and the reply fails with
// QNetworkReply::ContentReSendError instead: a POST reaches the server at most once.
class OneShotUpload : public QIODevice
{
public:
    explicit OneShotUpload(const QByteArray& body, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_body;
    qint64 m_read = 0;
};

} // namespace engage
