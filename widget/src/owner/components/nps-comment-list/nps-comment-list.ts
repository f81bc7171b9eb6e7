import { NpsCommentList } from './nps-comment-list.component.ts';

export { NpsCommentList };

if (!customElements.get('nps-comment-list')) customElements.define('nps-comment-list', NpsCommentList);

declare global {
  interface HTMLElementTagNameMap {
    'nps-comment-list': NpsCommentList;
  }
}
