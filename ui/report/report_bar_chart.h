#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace engage {

// A horizontal bar chart painted with QPainter, for the token log report window: one bar per
// row, made of coloured segments (accepted and rejected tokens of a key), each row's total
// written beside its bar and a legend under the chart, so that nothing is told by colour
// alone. The figures are also given to assistive technology as the accessible description.
class ReportBarChart : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString name; // in the legend
        QColor color;
    };
    struct Bar
    {
        QString label;
        QList<qint64> values; // one per series
    };

    explicit ReportBarChart(const QString& title, QWidget* parent = nullptr);

    void setData(const QList<Series>& series, const QList<Bar>& bars);
    const QList<Bar>& bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int labelWidth() const;

    QString m_title;
    QList<Series> m_series;
    QList<Bar> m_bars;
};

} // namespace engage
