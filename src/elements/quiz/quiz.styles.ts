import { css } from 'lit';

export const styles = css`
  .q + .q {
    margin-top: 1.75em;
  }
  .order {
    padding: 0;
    list-style: none;
    counter-reset: n;
  }
  .order li::before {
    counter-increment: n;
    content: counter(n) '.';
    font-weight: 700;
  }
  .order li {
    flex-wrap: wrap;
  }
  .order .text {
    /* Long words stay whole: when the row is too narrow, the buttons wrap below the text. */
    flex: 1 1 9em;
    overflow-wrap: break-word;
  }
  .order .mark {
    margin: 0;
  }
  .order button {
    padding: 0;
    border-width: 1px;
  }
  .chat {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    padding: 0;
    list-style: none;
  }
  .chat li {
    /* Words stay whole in a bubble; only a word wider than the bubble breaks. */
    overflow-wrap: break-word;
    align-self: flex-start;
    /* 85 % of a wide box; the whole of a narrow one (big text on a phone), so
       that a long word such as "penyimpanannya" fits whole (#12). */
    max-width: max(85%, 17em);
    padding: 0.4em 0.75em;
    border: 1px solid transparent;
    border-radius: 1em 1em 1em 0.2em;
    background: var(--_bubble);
  }
  .chat .you {
    align-self: flex-end;
    border-radius: 1em 1em 0.2em 1em;
    background: var(--_bubble-you);
  }
  .chat b {
    display: block;
  }
  .score:empty {
    display: none;
  }
  .score {
    font-weight: 700;
  }
  /* Scrolled to after a check: kept in the upper part of the screen, above a lesson's bottom bar (review 12, finding 10). */
  .verdict {
    scroll-margin: 0 0 40vh;
  }
`;
