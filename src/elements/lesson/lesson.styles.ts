import { css } from 'lit';

export const styles = css`
  /* The title on the whole width (squeezed beside the counter it took four lines), the counter and the bar
     on one line under it: on a phone the step's own words start high on the first screen (#12; review 12b, finding 10). */
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.75em;
  }
  header h2 {
    flex-basis: 100%;
    margin: 0;
  }
  .counter {
    margin: 0;
    color: var(--_muted);
  }
  progress {
    appearance: none;
    flex: 1 1 5em;
    height: 0.6em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    background: var(--_bg);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_bg);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .why {
    color: var(--_muted);
  }
  figure {
    margin-inline: 0;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .ph {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.25em;
    width: 100%;
    min-height: 6em;
    padding: 0.75em;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    font-weight: 400;
    text-align: center;
  }
  .ph p {
    margin: 0;
  }
  .callout {
    margin: 0.75em 0;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_tip);
  }
  .callout.tip {
    border-inline-start-color: var(--_focus);
  }
  .callout.warning {
    border-inline-start-color: var(--_wrong);
    background: var(--_warning);
  }
  .callout .label {
    margin-bottom: 0;
    font-weight: 700;
  }
  li > p:only-child {
    margin: 0.25em 0;
  }
  /* The way on stays in view on a small screen, however long the step (#12). */
  nav {
    position: sticky;
    bottom: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    margin-top: 1.25em;
    padding-block: 0.5em;
    background: var(--_bg);
  }
  .confirm button {
    margin: 0 0.5em 0.5em 0;
  }
  /* The main button comes first (Tab and a screen reader reach it first), but stands at the right, Back at the left. */
  nav .primary {
    order: 1;
    margin-inline-start: auto;
  }
  nav [role='status'] {
    flex-basis: 100%;
  }
  /* Big text (a 32 px default font, 200 % zoom) or a short screen: only the
     main button stays in view, so the bar never takes half the screen (#12).
     It comes before Back here too, so when Back is in view, so is the main
     button's own place, and it never lies over Back (review 16j, J3). */
  @media (max-width: 20em), (max-height: 30em) {
    nav {
      display: contents;
    }
    nav button {
      display: block;
      margin-top: 0.75em;
      padding-inline: 0.5em;
    }
    nav .primary {
      position: sticky;
      bottom: 0.5em;
      z-index: 1;
    }
  }
  /* The bar and its parts take their colours from these (custom properties reach the pseudo-elements). */
  @media (forced-colors: active) {
    progress {
      forced-color-adjust: none;
      border-color: CanvasText;
      --_bg: Canvas;
      --_accent: Highlight;
    }
  }
  @media print {
    nav,
    progress,
    .listen {
      display: none;
    }
  }
`;
