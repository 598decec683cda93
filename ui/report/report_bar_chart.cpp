#include "report/report_bar_chart.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace engage {

namespace {

constexpr int barHeight = 18;
constexpr int rowSpacing = 6;
constexpr int margin = 8;
constexpr int maxLabelWidth = 220;
constexpr int legendSwatch = 12;

qint64 totalOf(const ReportBarChart::Bar& bar)
{
    return std::accumulate(bar.values.cbegin(), bar.values.cend(), qint64(0));
}

} // namespace

ReportBarChart::ReportBarChart(const QString& title, QWidget* parent)
    : QWidget(parent), m_title(title)
{
    setAccessibleName(title);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void ReportBarChart::setData(const QList<Series>& series, const QList<Bar>& bars)
{
    m_series = series;
    m_bars = bars;
    QStringList figures;
    for (const Bar& bar : bars) {
        QStringList parts;
        for (qsizetype index = 0; index < bar.values.size() && index < series.size(); ++index)
            parts.append(tr("%1 %2").arg(bar.values.at(index)).arg(series.at(index).name));
        figures.append(tr("%1: %2").arg(bar.label, parts.join(tr(", "))));
    }
    setAccessibleDescription(figures.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

int ReportBarChart::labelWidth() const
{
    int widest = 0;
    for (const Bar& bar : m_bars)
        widest = std::max(widest, fontMetrics().horizontalAdvance(bar.label));
    return std::min(widest, maxLabelWidth);
}

QSize ReportBarChart::sizeHint() const
{
    const int line = fontMetrics().height();
    const int rows = int(std::max<qsizetype>(m_bars.size(), 1));
    return {labelWidth() + 320,
            margin * 2 + line * 2 + rows * (barHeight + rowSpacing) + legendSwatch + rowSpacing};
}

QSize ReportBarChart::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void ReportBarChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().color(QPalette::Text));
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.drawText(QRect(margin, margin, width() - 2 * margin, line), Qt::AlignLeft, m_title);
    painter.setFont(font());

    int y = margin + line + rowSpacing;
    if (m_bars.isEmpty()) {
        painter.drawText(QRect(margin, y, width() - 2 * margin, line), Qt::AlignLeft,
                         tr("No token to show."));
        return;
    }
    qint64 largest = 1;
    for (const Bar& bar : m_bars)
        largest = std::max(largest, totalOf(bar));
    const int labels = labelWidth();
    const int numberWidth = metrics.horizontalAdvance(QString::number(largest)) + margin;
    const int barLeft = margin + labels + margin;
    const int barSpace = std::max(10, width() - barLeft - numberWidth - margin);
    for (const Bar& bar : m_bars) {
        const QRect labelRect(margin, y, labels, barHeight);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideMiddle, labels));
        int x = barLeft;
        for (qsizetype index = 0; index < bar.values.size() && index < m_series.size(); ++index) {
            const int length = int(double(bar.values.at(index)) / double(largest) * barSpace);
            painter.fillRect(QRect(x, y + 2, length, barHeight - 4), m_series.at(index).color);
            x += length;
        }
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(x + 4, y, numberWidth, barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(totalOf(bar)));
        y += barHeight + rowSpacing;
    }
    if (m_series.size() < 2)
        return;
    int x = barLeft;
    for (const Series& series : m_series) {
        painter.fillRect(QRect(x, y, legendSwatch, legendSwatch), series.color);
        x += legendSwatch + 4;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(x, y - 2, metrics.horizontalAdvance(series.name) + 2, line),
                         Qt::AlignLeft, series.name);
        x += metrics.horizontalAdvance(series.name) + 2 * margin;
    }
}

} // namespace engage
