#include "api/one_shot_upload.h"

#include <algorithm>
#include <cstring>

namespace engage {

OneShotUpload::OneShotUpload(const QByteArray& body, QObject* parent)
    : QIODevice(parent), m_body(body)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotUpload::bytesAvailable() const
{
    return m_body.size() - m_read + QIODevice::bytesAvailable();
}

qint64 OneShotUpload::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, m_body.size() - m_read);
    if (count <= 0)
        return -1; // the whole body has been read: the end of the device
    std::memcpy(data, m_body.constData() + m_read, static_cast<std::size_t>(count));
    m_read += count;
    return count;
}

qint64 OneShotUpload::writeData(const char*, qint64)
{
    return -1;
}

} // namespace engage
