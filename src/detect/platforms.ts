/**
 * Shop platforms that power most unknown shops. Their markup is stable across themes, so
 * it is the generic fallback where no retailer adapter applies: how the platform marks an
 * add-to-cart control, a cart line item and a cart drawer / mini-cart.
 */
export interface ShopPlatform {
  readonly id: string;
  readonly name: string;
  /** Add-to-cart / buy controls on a product page. */
  readonly addToCart: string;
  /** One element per line item, on the cart page and inside the drawer. */
  readonly cartItem: string;
  /** A cart drawer or mini-cart that opens over the current page. */
  readonly drawer: string;
}

export const PLATFORMS: readonly ShopPlatform[] = [
  {
    id: 'shopify',
    name: 'Shopify',
    addToCart: 'form[action*="/cart/add"] [type="submit"], form[action*="/cart/add"] button[name="add"], button.product-form__submit',
    cartItem: '.cart-item, .cart__item, [id^="CartItem-"], [id^="CartDrawer-Item-"], .cart-drawer__item, .cart-notification-product',
    drawer: 'cart-drawer, cart-notification, #CartDrawer, #cart-notification, .drawer--cart',
  },
  {
    id: 'woocommerce',
    name: 'WooCommerce',
    addToCart: 'button.single_add_to_cart_button, form.cart button[type="submit"], .add_to_cart_button',
    cartItem: '.woocommerce-cart-form__cart-item, tr.cart_item, .woocommerce-mini-cart-item, .wc-block-cart-items__row, .wc-block-components-order-summary-item',
    drawer: '.widget_shopping_cart_content, .wc-block-mini-cart__drawer, .xoo-wsc-container, .elementor-menu-cart__container',
  },
  {
    id: 'bigcommerce',
    name: 'BigCommerce',
    addToCart: '#form-action-addToCart, [data-button-type="add-cart"], form[data-cart-item-add] [type="submit"]',
    cartItem: 'tr.cart-item, [data-item-row], .previewCartItem, .productView-cartItem',
    drawer: '#cart-preview-dropdown, .previewCart, #previewModal, [data-cart-preview]',
  },
  {
    id: 'magento',
    name: 'Magento',
    addToCart: '#product-addtocart-button, #product_addtocart_form [type="submit"], button.tocart',
    cartItem: 'tbody.cart.item, .cart.item, .minicart-items .product-item, .opc-block-summary .product-item',
    drawer: '.block-minicart, [data-block="minicart"] .ui-dialog, #minicart-content-wrapper',
  },
];

export const PLATFORM_ADD_TO_CART = PLATFORMS.map((p) => p.addToCart).join(', ');
export const PLATFORM_CART_ITEM = PLATFORMS.map((p) => p.cartItem).join(', ');
export const PLATFORM_DRAWER = PLATFORMS.map((p) => p.drawer).join(', ');
