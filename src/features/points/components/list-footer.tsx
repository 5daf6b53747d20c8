// The shared endless-list footer (also used by the product feed and the order list).
export { ListFooter, type ListFooterProps } from '@/components/list-footer'
