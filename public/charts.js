/*! Atelier's charts (MIT): draws, as SVG, the part of an ECharts option that src/charts/ writes. */
// Why not ECharts itself: its trimmed bundle was 185 KiB gzip, more than the four inventory
// lessons together, for line and bar series, axes, a legend, mark lines and points and a tooltip.
// This draws those from the same option (so the charts' host tests keep testing what is drawn),
// formats every number in the page's language, and keeps its text as text (selectable, crisp
// when projected, readable by the browser tests).
(() => {
  'use strict';
  const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  const INK = '#222';
  const MUTED = '#555';
  const RULE = '#d9dde3';
  const DASHES = { dashed: '6 4', dotted: '2 3' };
  const measure = document.createElement('canvas').getContext('2d');

  const esc = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const list = (value) => (value == null ? [] : Array.isArray(value) ? value : [value]);
  const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  const round = (value) => Math.round(value * 10) / 10;

  function width(text, size) {
    measure.font = `${size}px ${FONT}`;
    return measure.measureText(String(text)).width;
  }

  // French groups digits with a narrow no-break space, which some fonts draw with no gap; the
  // page's numbers use the no-break space.
  function numbers(locale) {
    const plain = (value, options) => value.toLocaleString(locale, options).replace(/\u202f/g, '\u00a0');
    return {
      tick: (value, step) => plain(value, { maximumFractionDigits: Math.max(0, Math.min(10, 1 - Math.floor(Math.log10(step) + 1e-9))) }),
      value: (value) => (typeof value === 'number' ? plain(value, { maximumSignificantDigits: 6 }) : String(value)),
    };
  }

  /** Words of `text` on as few lines as fit in `room` pixels (a word longer than that keeps its line). */
  function wrap(text, room, size) {
    const lines = [];
    for (const word of String(text).split(' ')) {
      const last = lines[lines.length - 1];
      if (last != null && width(`${last} ${word}`, size) <= room) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    return lines;
  }

  /** `text` cut with an ellipsis to fit in `room` pixels. */
  function fit(text, room, size) {
    if (width(text, size) <= room) return text;
    let cut = text.length;
    while (cut > 1 && width(`${text.slice(0, cut)}…`, size) > room) cut--;
    return `${text.slice(0, cut)}…`;
  }

  function niceStep(span) {
    const raw = span / 5;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    const ratio = raw / magnitude;
    return (ratio <= 1 ? 1 : ratio <= 2 ? 2 : ratio <= 3 ? 3 : ratio <= 5 ? 5 : 10) * magnitude;
  }

  /** A value axis over `values`: ends and ticks as ECharts picks them (zero included unless `scale`). */
  function valueScale(axis, values) {
    // A loop, not Math.min(...values): a long series would overflow the call's arguments.
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
    if (!axis.scale) [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
    let min = num(axis.min) ?? lo;
    let max = num(axis.max) ?? hi;
    if (max <= min) max = min + (Math.abs(min) || 1);
    const step = num(axis.interval) ?? niceStep(max - min);
    if (num(axis.min) == null) min = Math.floor(min / step + 1e-9) * step;
    if (num(axis.max) == null) max = Math.ceil(max / step - 1e-9) * step;
    const digits = Math.max(0, Math.min(12, 2 - Math.floor(Math.log10(step))));
    const ticks = [];
    for (let k = Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) ticks.push(Number((k * step).toFixed(digits)));
    return { min, max, step, ticks };
  }

  /** The series' points as {base, value}: base is a category index or an x value. */
  function points(series) {
    return list(series.data).map((d, i) => (Array.isArray(d) ? { base: num(d[0]), value: num(d[1]) } : { base: i, value: num(d) }))
      .filter((p) => p.base != null && p.value != null);
  }

  function render(option, settings) {
    const fs = settings.fontSize;
    const format = numbers(settings.locale);
    const palette = list(option.color);
    const xAxis = list(option.xAxis)[0] || { type: 'value' };
    const yAxes = list(option.yAxis).length ? list(option.yAxis) : [{ type: 'value' }];
    const horizontal = yAxes[0].type === 'category';
    const baseAxis = horizontal ? yAxes[0] : xAxis;
    const categories = baseAxis.type === 'category' ? list(baseAxis.data).map(String) : null;
    const colours = new Map();
    const series = list(option.series).map((s) => {
      const name = s.name == null ? '' : String(s.name);
      // As in ECharts: series of one name share a colour, and a series with its own takes none.
      let colour = (s.itemStyle && s.itemStyle.color) || (s.lineStyle && s.lineStyle.color);
      if (!colour) {
        if (!colours.has(name)) colours.set(name, palette[colours.size % palette.length] || '#0072B2');
        colour = colours.get(name);
      }
      const valueIndex = horizontal ? 0 : Math.min(num(s.yAxisIndex) || 0, yAxes.length - 1);
      return { ...s, name, colour, valueIndex, points: points(s) };
    });

    // Stacks add up per base position, positives and negatives apart.
    const tops = new Map();
    for (const s of series) {
      for (const p of s.points) {
        p.from = 0;
        p.to = p.value;
        if (s.stack == null) continue;
        const key = `${s.type}|${s.stack}|${s.valueIndex}|${p.base}|${p.value < 0}`;
        p.from = tops.get(key) || 0;
        p.to = p.from + p.value;
        tops.set(key, p.to);
      }
    }

    // Value axes: from what they carry, bars from zero, mark lines and points included.
    const valueAxes = (horizontal ? [xAxis] : yAxes).map((axis, index) => {
      const values = [];
      for (const s of series.filter((one) => one.valueIndex === index)) {
        // A transparent bar only offsets the next one in its stack (a Gantt bar's start), and an
        // empty bar draws nothing: the axis spans what is drawn.
        const stacked = s.type === 'bar' || s.stack != null;
        if (s.colour === 'transparent') continue;
        for (const p of s.points) if (!stacked || p.to !== p.from) values.push(p.to, stacked ? p.from : p.to);
        for (const mark of list(s.markLine && s.markLine.data)) if (num(horizontal ? mark.xAxis : mark.yAxis) != null) values.push(horizontal ? mark.xAxis : mark.yAxis);
        for (const mark of list(s.markPoint && s.markPoint.data)) if (num(horizontal ? mark.xAxis : mark.yAxis) != null) values.push(horizontal ? mark.xAxis : mark.yAxis);
      }
      return { axis, ...valueScale(axis, values) };
    });
    let baseScale = null;
    if (!categories) {
      const values = [];
      for (const s of series) {
        for (const p of s.points) values.push(p.base);
        for (const mark of list(s.markLine && s.markLine.data)) if (num(mark.xAxis) != null) values.push(mark.xAxis);
      }
      baseScale = valueScale({ scale: true, ...baseAxis }, values);
    }

    // Legend rows, then the plot area around the axis labels the text needs.
    const legendNames = option.legend
      ? (option.legend.data ? list(option.legend.data).map((d) => String(d.name ?? d)) : [...new Set(series.map((s) => s.name))]).filter((n) => n !== '')
      : [];
    const chartWidth = settings.width;
    const chartHeight = settings.height;
    const legendLabel = (name) => fit(name, chartWidth - 16 - 42, fs);
    const item = (name) => 25 + 5 + width(legendLabel(name), fs) + 12;
    const rows = [[]];
    let rowWidth = 0;
    for (const name of legendNames) {
      if (rowWidth + item(name) > chartWidth - 16 && rows[rows.length - 1].length) {
        rows.push([]);
        rowWidth = 0;
      }
      rows[rows.length - 1].push(name);
      rowWidth += item(name);
    }
    const legendTop = num(option.legend && option.legend.top) ?? 0;
    const legendBottom = legendNames.length ? legendTop + rows.length * (fs + 10) : 0;
    const grid = option.grid || {};
    const scale = fs / 12;

    const baseLabels = categories || baseScale.ticks.map((t) => format.tick(t, baseScale.step));
    const valueLabels = valueAxes.map((v) => v.ticks.map((t) => format.tick(t, v.step)));
    const widest = (labels) => labels.reduce((most, l) => Math.max(most, width(l, fs)), 0);
    const rotate = num(baseAxis.axisLabel && baseAxis.axisLabel.rotate) || 0;
    const leftLabels = horizontal ? baseLabels : valueLabels[0];
    const rightLabels = horizontal ? [] : valueLabels[1] || [];
    const bottomLabels = horizontal ? valueLabels[0] : baseLabels;
    const middleName = (axis) => axis.name && axis.nameLocation === 'middle';
    const leftAxis = horizontal ? baseAxis : yAxes[0];
    const bottomAxis = horizontal ? xAxis : baseAxis;
    const leftGap = Math.max((num(leftAxis.nameGap) || 0) * scale, widest(leftLabels) + 8 + fs * 0.4);
    const left = Math.max((num(grid.left) ?? 64) * scale, (middleName(leftAxis) ? leftGap + fs : widest(leftLabels) + 12));
    const right = Math.max((num(grid.right) ?? 24) * scale, rightLabels.length ? widest(rightLabels) + 12 : 0, 12);
    // Category labels that must all show (a set interval) and are wider than their band wrap.
    const forced = num(baseAxis.axisLabel && baseAxis.axisLabel.interval) != null;
    const estimatedBand = (chartWidth - left - right) / Math.max(1, bottomLabels.length);
    const wrapped = !horizontal && categories && forced && !rotate ? bottomLabels.map((l) => wrap(l, estimatedBand - 6, fs).slice(0, 3)) : null;
    const labelLines = wrapped ? Math.max(1, ...wrapped.map((l) => l.length)) : 1;
    const bottomLabelHeight = rotate ? Math.sin((Math.abs(rotate) * Math.PI) / 180) * widest(bottomLabels) + fs : labelLines * (fs + 2) + 4;
    const bottomGap = Math.max((num(bottomAxis.nameGap) || 0) * scale, bottomLabelHeight + fs * 0.4);
    const bottom = Math.max((num(grid.bottom) ?? 48) * scale, (middleName(bottomAxis) ? bottomGap + fs * 0.6 : bottomLabelHeight + 6));
    const endNames = yAxes.some((a) => a.name && !middleName(a));
    const top = Math.max((num(grid.top) ?? 60) * (legendNames.length ? 1 : 0.5), legendBottom + (endNames ? fs * 2 : fs * 0.8));
    const plot = { left, top, right: Math.max(left + 40, chartWidth - right), bottom: Math.max(top + 40, chartHeight - bottom) };

    // Pixels along the base axis and each value axis.
    const baseFrom = horizontal ? plot.top : plot.left;
    const baseTo = horizontal ? plot.bottom : plot.right;
    const band = categories ? (baseTo - baseFrom) / Math.max(1, categories.length) : null;
    const inverse = !!baseAxis.inverse;
    const basePixel = (b) => {
      const at = categories ? baseFrom + band * (b + 0.5) : baseFrom + ((b - baseScale.min) / (baseScale.max - baseScale.min)) * (baseTo - baseFrom);
      // A y axis runs upwards unless inverse; an x axis left to right unless inverse.
      return horizontal !== inverse ? baseFrom + baseTo - at : at;
    };
    const valuePixel = (index, v) => {
      const { min, max } = valueAxes[index];
      const share = (v - min) / (max - min);
      return horizontal ? plot.left + share * (plot.right - plot.left) : plot.bottom - share * (plot.bottom - plot.top);
    };
    const at = (index, base, value) => (horizontal ? [valuePixel(index, value), basePixel(base)] : [basePixel(base), valuePixel(index, value)]);
    const clamp = (index, v) => Math.min(Math.max(v, valueAxes[index].min), valueAxes[index].max);

    const out = [];
    const text = (x, y, content, attrs = '') => out.push(`<text x="${round(x)}" y="${round(y)}" ${attrs}>${esc(content)}</text>`);
    const line = (x1, y1, x2, y2, stroke, extra = '') =>
      out.push(`<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="${esc(stroke)}" ${extra}/>`);
    out.push(`<rect width="${chartWidth}" height="${chartHeight}" fill="#fff"/>`);

    // Split lines and labels of the value axes.
    valueAxes.forEach((v, index) => {
      v.ticks.forEach((tick, k) => {
        const p = valuePixel(index, tick);
        if (horizontal) {
          line(p, plot.top, p, plot.bottom, RULE);
          text(p, plot.bottom + fs + 4, valueLabels[index][k], `text-anchor="middle" fill="${MUTED}"`);
        } else {
          if (index === 0) line(plot.left, p, plot.right, p, RULE);
          const x = index === 0 ? plot.left - 8 : plot.right + 8;
          text(x, p + fs * 0.35, valueLabels[index][k], `text-anchor="${index === 0 ? 'end' : 'start'}" fill="${MUTED}"`);
        }
      });
    });
    // The base axis: its line, then its labels (every `interval + 1`-th, or as many as fit).
    if (horizontal) line(plot.left, plot.top, plot.left, plot.bottom, MUTED);
    else line(plot.left, plot.bottom, plot.right, plot.bottom, MUTED);
    const baseTicks = categories ? categories.map((_, i) => i) : baseScale.ticks;
    let every = num(baseAxis.axisLabel && baseAxis.axisLabel.interval);
    every = every == null ? 1 : every + 1;
    if (num(baseAxis.axisLabel && baseAxis.axisLabel.interval) == null && !horizontal && !rotate) {
      const room = Math.abs(basePixel(baseTicks[1] ?? 1) - basePixel(baseTicks[0] ?? 0)) || 1;
      every = Math.max(1, Math.ceil((widest(baseLabels) + 8) / room));
    } else if (num(baseAxis.axisLabel && baseAxis.axisLabel.interval) == null && horizontal) {
      every = Math.max(1, Math.ceil((fs * 0.9) / (band || fs)));
    }
    baseTicks.forEach((tick, k) => {
      if (k % every !== 0) return;
      const p = basePixel(tick);
      if (horizontal) {
        text(plot.left - 8, p + fs * 0.35, baseLabels[k], `text-anchor="end" fill="${MUTED}"`);
      } else if (rotate) {
        const y = plot.bottom + 8;
        text(p, y + fs * 0.35, baseLabels[k], `text-anchor="end" fill="${MUTED}" transform="rotate(${-rotate} ${round(p)} ${round(y)})"`);
      } else {
        line(p, plot.bottom, p, plot.bottom + 4, MUTED);
        const lines = wrapped ? wrapped[k] : [baseLabels[k]];
        const spans = lines.map((l, n) => `<tspan x="${round(p)}" dy="${n ? fs + 2 : 0}">${esc(l)}</tspan>`).join('');
        out.push(`<text x="${round(p)}" y="${round(plot.bottom + fs + 6)}" text-anchor="middle" fill="${MUTED}">${spans}</text>`);
      }
    });
    // Axis names: "middle" ones centred along the axis beyond its labels, the others at its end.
    const nameStyle = `fill="${INK}" font-weight="600"`;
    if (bottomAxis.name) {
      if (middleName(bottomAxis)) text((plot.left + plot.right) / 2, plot.bottom + bottomGap + fs * 0.4, bottomAxis.name, `text-anchor="middle" ${nameStyle}`);
      else text(plot.right, plot.bottom + bottomLabelHeight + fs + 4, bottomAxis.name, `text-anchor="end" ${nameStyle}`);
    }
    (horizontal ? [leftAxis] : yAxes).forEach((axis, index) => {
      if (!axis.name) return;
      if (index === 0 && middleName(axis)) {
        const x = plot.left - leftGap;
        const y = (plot.top + plot.bottom) / 2;
        text(x, y, axis.name, `text-anchor="middle" ${nameStyle} transform="rotate(-90 ${round(x)} ${round(y)})"`);
      } else {
        text(index === 0 ? plot.left : plot.right, plot.top - fs * 0.8, axis.name, `text-anchor="${index === 0 ? 'start' : 'end'}" ${nameStyle}`);
      }
    });

    // Bars: one slot per stack (or per unstacked series) in each band, overlaid when barGap is -100 %.
    const bars = series.filter((s) => s.type === 'bar');
    const overlaid = bars.some((s) => s.barGap === '-100%');
    const slots = [...new Set(bars.map((s, i) => (overlaid ? 'all' : s.stack != null ? `stack ${s.stack}` : `own ${i}`)))];
    let spacing = band;
    if (!categories) {
      const bases = [...new Set(bars.flatMap((s) => s.points.map((p) => p.base)))].sort((a, b) => a - b);
      spacing = bases.slice(1).reduce((least, b, i) => Math.min(least, Math.abs(basePixel(b) - basePixel(bases[i]))), Infinity);
      if (!Number.isFinite(spacing)) spacing = (baseTo - baseFrom) / 10;
    }
    const shapes = [];
    bars.forEach((s, i) => {
      const slot = slots.indexOf(overlaid ? 'all' : s.stack != null ? `stack ${s.stack}` : `own ${i}`);
      const fixed = typeof s.barWidth === 'string' && s.barWidth.endsWith('%') ? (parseFloat(s.barWidth) / 100) * spacing : num(s.barWidth);
      const room = spacing * 0.8;
      const thickness = Math.max(1, fixed ?? room / (slots.length + (slots.length - 1) * 0.3));
      const group = thickness * (slots.length + (slots.length - 1) * 0.3);
      const offset = -group / 2 + slot * thickness * 1.3;
      if (s.colour === 'transparent') return;
      const d = [];
      for (const p of s.points) {
        if (p.to === p.from) continue;
        const centre = basePixel(p.base);
        const a = valuePixel(s.valueIndex, clamp(s.valueIndex, p.from));
        const b = valuePixel(s.valueIndex, clamp(s.valueIndex, p.to));
        const [x, y, w, h] = horizontal
          ? [Math.min(a, b), centre + offset, Math.abs(b - a), thickness]
          : [centre + offset, Math.min(a, b), thickness, Math.abs(b - a)];
        d.push(`M${round(x)} ${round(y)}h${round(w)}v${round(h)}h${round(-w)}z`);
        shapes.push({ x, y, w, h, series: s, point: p });
      }
      out.push(`<path d="${d.join('')}" fill="${esc(s.colour)}"/>`);
    });

    // Lines, their areas and symbols.
    for (const s of series.filter((one) => one.type === 'line')) {
      const pts = s.points.map((p) => at(s.valueIndex, p.base, clamp(s.valueIndex, p.to)));
      if (!pts.length) continue;
      const path = [];
      pts.forEach(([x, y], k) => {
        if (k === 0) return path.push(`M${round(x)} ${round(y)}`);
        const [px, py] = pts[k - 1];
        if (s.step === 'end') path.push(`L${round(x)} ${round(py)}`);
        else if (s.step === 'start') path.push(`L${round(px)} ${round(y)}`);
        path.push(`L${round(x)} ${round(y)}`);
      });
      if (s.areaStyle) {
        const zero = valuePixel(s.valueIndex, clamp(s.valueIndex, 0));
        const [fx, fy] = pts[0];
        const [lx, ly] = pts[pts.length - 1];
        const close = horizontal ? `L${round(zero)} ${round(ly)}L${round(zero)} ${round(fy)}Z` : `L${round(lx)} ${round(zero)}L${round(fx)} ${round(zero)}Z`;
        const opacity = num(s.areaStyle.opacity) ?? 0.7;
        out.push(`<path d="${path.join('')}${close}" fill="${esc(s.colour)}" fill-opacity="${opacity}" stroke="none"/>`);
      }
      const style = s.lineStyle || {};
      const strokeWidth = settings.lineWidth || num(style.width) || 2;
      const dash = DASHES[style.type] ? ` stroke-dasharray="${DASHES[style.type]}"` : '';
      out.push(`<path d="${path.join('')}" fill="none" stroke="${esc(s.colour)}" stroke-width="${strokeWidth}" stroke-linejoin="round"${dash}/>`);
      if (s.showSymbol !== false && s.symbol !== 'none' && pts.length <= 60) {
        for (const [x, y] of pts) out.push(`<circle cx="${round(x)}" cy="${round(y)}" r="${round(fs / 4)}" fill="#fff" stroke="${esc(s.colour)}" stroke-width="2"/>`);
      }
    }

    // Mark lines across the plot, labelled by their name ("{b}"), their formatter, or their value.
    const halo = `stroke="#fff" stroke-width="3" paint-order="stroke" fill="${INK}"`;
    const placed = [];
    for (const s of series) {
      const marks = s.markLine || {};
      for (const mark of list(marks.data)) {
        const formatter = marks.label && marks.label.formatter;
        const vertical = num(mark.xAxis) != null;
        const value = vertical ? mark.xAxis : mark.yAxis;
        if (num(value) == null) continue;
        const label = formatter && formatter !== '{b}' ? String(formatter) : formatter === '{b}' ? String(mark.name ?? '') : format.value(value);
        const dash = ` stroke-dasharray="${DASHES[(marks.lineStyle && marks.lineStyle.type) || 'dashed'] || ''}"`;
        if (vertical) {
          const x = horizontal ? valuePixel(0, value) : basePixel(value);
          if (x < plot.left - 0.5 || x > plot.right + 0.5) continue;
          line(x, plot.top, x, plot.bottom, s.colour, `stroke-width="1.5"${dash}`);
          const onLeft = x > plot.left + (plot.right - plot.left) * 0.7;
          const span = onLeft ? [x - 4 - width(label, fs), x - 4] : [x + 4, x + 4 + width(label, fs)];
          // Marks close together (the mean and the reorder point) put their labels one under the other.
          let y = plot.top + fs;
          while (placed.some((p) => p.y === y && p.span[0] < span[1] + 4 && span[0] < p.span[1] + 4)) y += fs + 4;
          placed.push({ y, span });
          text(x + (onLeft ? -4 : 4), y, label, `text-anchor="${onLeft ? 'end' : 'start'}" ${halo}`);
        } else {
          const y = horizontal ? basePixel(value) : valuePixel(s.valueIndex, value);
          if (y < plot.top - 0.5 || y > plot.bottom + 0.5) continue;
          line(plot.left, y, plot.right, y, s.colour, `stroke-width="1.5"${dash}`);
          text(plot.right - 4, y - 4, label, `text-anchor="end" ${halo}`);
        }
      }
    }
    // Mark points: a ring at the point, its name above it.
    for (const s of series) {
      for (const mark of list(s.markPoint && s.markPoint.data)) {
        if (num(mark.xAxis) == null || num(mark.yAxis) == null) continue;
        const [x, y] = horizontal ? at(0, mark.yAxis, mark.xAxis) : at(s.valueIndex, mark.xAxis, mark.yAxis);
        out.push(`<circle cx="${round(x)}" cy="${round(y)}" r="${round(fs / 2.4)}" fill="none" stroke="${esc(s.colour)}" stroke-width="2.5"/>`);
        if (mark.name) text(x, y - fs * 0.8, mark.name, `text-anchor="middle" font-weight="600" ${halo}`);
      }
    }

    // The legend, centred, row by row.
    rows.forEach((row, r) => {
      const total = row.reduce((sum, name) => sum + item(name), 0) - 12;
      let x = (chartWidth - total) / 2;
      const y = legendTop + r * (fs + 10) + (fs + 10) / 2;
      for (const name of row) {
        const s = series.find((one) => one.name === name);
        const colour = s ? s.colour : '#999';
        if (s && s.type === 'line') {
          const dash = s.lineStyle && DASHES[s.lineStyle.type] ? ` stroke-dasharray="${DASHES[s.lineStyle.type]}"` : '';
          line(x, y, x + 25, y, colour, `stroke-width="3"${dash}`);
        } else {
          out.push(`<rect x="${round(x)}" y="${round(y - 7)}" width="25" height="14" rx="3" fill="${esc(colour)}"/>`);
        }
        text(x + 30, y + fs * 0.35, legendLabel(name), `fill="${INK}"`);
        x += item(name);
      }
    });

    // Sized in pixels for the PNG export, scaled to its box in the page (printed at another width).
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${chartWidth}" height="${chartHeight}" style="width:100%;height:100%" viewBox="0 0 ${chartWidth} ${chartHeight}" font-family="${esc(FONT)}" font-size="${fs}">${out.join('')}</svg>`;
    return { svg, plot, series, shapes, categories, baseScale, basePixel, horizontal, format };
  }

  /** What the pointer shows: every series at the nearest base position, or the bar under it. */
  function tipAt(drawn, trigger, x, y) {
    const { plot, series, categories, basePixel, horizontal, format } = drawn;
    if (x < plot.left || x > plot.right || y < plot.top || y > plot.bottom) return null;
    if (trigger === 'item') {
      const shape = drawn.shapes.find((s) => x >= s.x - 1 && x <= s.x + s.w + 1 && y >= s.y - 1 && y <= s.y + s.h + 1);
      if (!shape) return null;
      const where = categories ? categories[shape.point.base] : format.value(shape.point.base);
      return { title: where ?? '', rows: [[shape.series.colour, shape.series.name, format.value(shape.point.value)]], guide: null };
    }
    const along = horizontal ? y : x;
    let best = null;
    for (const s of series) for (const p of s.points) {
      const distance = Math.abs(basePixel(p.base) - along);
      if (!best || distance < best.distance) best = { distance, base: p.base };
    }
    if (!best) return null;
    const rows = [];
    for (const s of series) {
      if (s.colour === 'transparent' || s.name === '') continue;
      let nearest = null;
      for (const p of s.points) {
        const distance = Math.abs(basePixel(p.base) - basePixel(best.base));
        if (distance <= 12 && (!nearest || distance < nearest.distance)) nearest = { distance, p };
      }
      if (nearest) rows.push([s.colour, s.name, format.value(nearest.p.value)]);
    }
    const title = categories ? categories[best.base] ?? '' : format.value(best.base);
    return { title, rows, guide: basePixel(best.base) };
  }

  function init(element) {
    let option = null;
    let settings = { locale: 'en', fontSize: 12, lineWidth: 0 };
    let drawn = null;
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;inset:0';
    const tip = document.createElement('div');
    tip.className = 'chart-tip';
    tip.hidden = true;
    element.append(holder, tip);

    const removeGuide = () => holder.querySelector('.chart-guide')?.remove();
    const draw = () => {
      if (!option) return;
      const box = element.getBoundingClientRect();
      const size = { width: Math.max(200, Math.round(box.width)), height: Math.max(160, Math.round(box.height)) };
      drawn = render(option, { ...settings, ...size });
      holder.innerHTML = drawn.svg;
      tip.hidden = true;
    };
    const showTip = (event) => {
      if (!drawn) return;
      const box = element.getBoundingClientRect();
      const x = event.clientX - box.left;
      const y = event.clientY - box.top;
      const found = tipAt(drawn, (option.tooltip && option.tooltip.trigger) || 'axis', x, y);
      removeGuide();
      if (!found || !found.rows.length) {
        tip.hidden = true;
        return;
      }
      if (found.guide != null) {
        const g = document.createElementNS('http://www.w3.org/2000/svg', 'line');
        g.setAttribute('class', 'chart-guide');
        const [x1, y1, x2, y2] = drawn.horizontal
          ? [drawn.plot.left, found.guide, drawn.plot.right, found.guide]
          : [found.guide, drawn.plot.top, found.guide, drawn.plot.bottom];
        Object.entries({ x1, y1, x2, y2, stroke: '#888', 'stroke-dasharray': '3 3' }).forEach(([k, v]) => g.setAttribute(k, v));
        holder.firstChild.appendChild(g);
      }
      // Built as text nodes: series and category names come from what the learner typed.
      tip.replaceChildren();
      const title = document.createElement('strong');
      title.textContent = found.title;
      tip.append(title);
      for (const [colour, name, value] of found.rows) {
        const row = document.createElement('div');
        const swatch = document.createElement('span');
        swatch.className = 'chart-tip__swatch';
        swatch.style.background = colour;
        const label = document.createElement('span');
        label.textContent = `${name} `;
        const number = document.createElement('b');
        number.textContent = value;
        row.append(swatch, label, number);
        tip.append(row);
      }
      tip.hidden = false;
      const left = x + 16 + tip.offsetWidth > box.width ? Math.max(0, x - 16 - tip.offsetWidth) : x + 16;
      tip.style.left = `${left}px`;
      tip.style.top = `${Math.max(0, Math.min(y - tip.offsetHeight / 2, box.height - tip.offsetHeight))}px`;
    };
    const hideTip = () => {
      tip.hidden = true;
      removeGuide();
    };
    element.addEventListener('pointermove', showTip);
    element.addEventListener('pointerdown', showTip);
    element.addEventListener('pointerleave', hideTip);

    return {
      /** `next`: the option; `given`: {locale, fontSize, lineWidth}. */
      setOption(next, given) {
        option = next;
        settings = { ...settings, ...given };
        draw();
      },
      resize: draw,
      dispose() {
        element.removeEventListener('pointermove', showTip);
        element.removeEventListener('pointerdown', showTip);
        element.removeEventListener('pointerleave', hideTip);
        holder.remove();
        tip.remove();
        option = null;
      },
      /** The chart as a PNG data URL at twice its size (a promise: the SVG is drawn as an image first). */
      toPng() {
        const svg = holder.querySelector('svg');
        if (!svg) return Promise.reject(new Error('nothing drawn'));
        const copy = svg.cloneNode(true);
        copy.removeAttribute('style');
        const guide = copy.querySelector('.chart-guide');
        if (guide) guide.remove();
        const w = Number(svg.getAttribute('width'));
        const h = Number(svg.getAttribute('height'));
        return new Promise((resolve, reject) => {
          const image = new Image();
          image.onload = () => {
            const canvas = document.createElement('canvas');
            canvas.width = w * 2;
            canvas.height = h * 2;
            const context = canvas.getContext('2d');
            context.scale(2, 2);
            context.drawImage(image, 0, 0, w, h);
            resolve(canvas.toDataURL('image/png'));
          };
          image.onerror = reject;
          image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
        });
      },
    };
  }

  window.AtelierCharts = { init };
})();
